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
        var choice = await OutreachTeamChoice.MakeAsync(referrals, scope, teamId, ct);
        if (choice.NoTeams) return View("NoOutreachTeam");
        return choice.Team is null ? NotFound()
            : View("Deadlines", await deadlines.ForTeamAsync(choice.Team, choice.Mine, string.IsNullOrWhiteSpace(worker) ? null : worker, ct));
    }
}
