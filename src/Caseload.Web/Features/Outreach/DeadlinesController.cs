using Caseload.Application.Outreach;
using Caseload.Application.Security;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Outreach;

/// <summary>The outreach team's deadline list (§5), for its workers and its leader.</summary>
[Authorize(Policy = Policies.CitizenRecords)]
public sealed class DeadlinesController(DeadlineList deadlines, ReferralQueries referrals, IAccessScope scope) : Controller
{
    [HttpGet("fs/frister")]
    public async Task<IActionResult> Index([FromQuery] Guid? teamId, [FromQuery] string? worker)
    {
        var ct = HttpContext.RequestAborted;
        var mine = await referrals.MyOutreachTeamsAsync(ct);
        if (teamId is null && mine.Count == 0) return View("NoOutreachTeam");
        var id = teamId ?? mine[0].Id; // only the user's own outreach teams
        var team = mine.Any(t => t.Id == id) ? await scope.MemberTeamAsync(id, ct) : null;
        return team is null ? NotFound() : View("Deadlines", await deadlines.ForTeamAsync(team, mine, string.IsNullOrWhiteSpace(worker) ? null : worker, ct));
    }
}
