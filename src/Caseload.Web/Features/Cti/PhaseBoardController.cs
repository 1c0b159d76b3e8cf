using Caseload.Application.Cti;
using Caseload.Application.Security;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Cti;

/// <summary>The CTI phase board, for the team leader and the workers of a CTI team.</summary>
[Authorize(Policy = Policies.CitizenRecords)]
public sealed class PhaseBoardController(PhaseBoard board, IAccessScope scope) : Controller
{
    [HttpGet("cti/tavle")]
    public async Task<IActionResult> Index([FromQuery] Guid? teamId, [FromQuery] string? worker, [FromQuery] string? visning)
    {
        var teams = await board.TeamsAsync(HttpContext.RequestAborted);
        if (teams.Count == 0 && teamId is null) return View("NoCtiTeam"); // another team's id is simply not found
        var chosen = teamId ?? teams[0].Id;
        var team = teams.Any(t => t.Id == chosen) ? await scope.MemberTeamAsync(chosen, HttpContext.RequestAborted) : null;
        if (team is null) return NotFound();
        return View("PhaseBoard", new PhaseBoardModel(await board.ForTeamAsync(team, teams, worker, HttpContext.RequestAborted), visning == "liste"));
    }
}
