using Caseload.Application.Board;
using Caseload.Application.Security;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Board;

/// <summary>The team leader's caseload board, for a team the user leads (another team answers 404).</summary>
[Authorize(Policy = Policies.TeamLeader)]
public sealed class BoardController(CaseloadBoard board) : Controller
{
    [HttpGet("tavle")]
    public async Task<IActionResult> Index([FromQuery] LedTeam? team, string? worker)
    {
        if (team is null) return View("NoTeam"); // no team asked for, and the user leads none (another team's id answers 404)
        return View(new BoardModel(await board.ForTeamAsync(team, worker, HttpContext.RequestAborted), worker));
    }
}

public sealed record BoardModel(CaseloadBoardView Board, string? WorkerFilter);
