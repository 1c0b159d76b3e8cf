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
        if (mine.Count == 0) return View("NoOutreachTeam");
        var team = await scope.MemberTeamAsync(teamId ?? mine[0].Id, ct);
        return team is null ? NotFound() : View("Deadlines", await deadlines.ForTeamAsync(team, mine, string.IsNullOrWhiteSpace(worker) ? null : worker, ct));
    }
}
