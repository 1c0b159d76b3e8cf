using Caseload.Application.Board;
using Caseload.Application.Security;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Board;

/// <summary>The team leader's caseload board, for a team the user leads (another team answers 404).</summary>
[Authorize(Policy = Policies.TeamLeader)]
public sealed class BoardController(CaseloadBoard board, IAccessScope scope) : Controller
{
    [HttpGet("tavle")]
    public async Task<IActionResult> Index(Guid? teamId, string? worker)
    {
        var team = await scope.LedTeamAsync(teamId, HttpContext.RequestAborted);
        if (team is null) return teamId is null ? View("NoTeam") : NotFound();
        return View(new BoardModel(await board.ForTeamAsync(team, worker, HttpContext.RequestAborted), worker));
    }
}

public sealed record BoardModel(CaseloadBoardView Board, string? WorkerFilter);
