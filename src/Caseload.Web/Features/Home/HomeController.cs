using Caseload.Application.Meetings;
using Caseload.Application.Outreach;
using Caseload.Application.Security;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Home;

/// <summary>What the start page shows besides the shortcuts: the user's open tasks from coordinating meetings; for members
/// of an outreach team, its deadline counts (a team leader sees those of the teams they lead); for managers and team leaders,
/// the partner agreements due for review.</summary>
public sealed record HomeModel(bool InOutreachTeam, DeadlineCounts? LeaderCounts, MyTaskList? Tasks, IReadOnlyList<Application.Partners.ReviewReminder>? Reminders = null);

/// <summary>The start page: what the signed-in user's roles lead to.</summary>
public sealed class HomeController(ReferralQueries referrals, DeadlineList deadlines, MyTasks tasks, Application.Partners.PartnerService partners) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var ct = HttpContext.RequestAborted;
        // Managers and team leaders keep the partner agreements: their review reminder is on the start page.
        var reminders = User.IsInRole(Roles.Manager) || User.IsInRole(Roles.TeamLeader) ? await partners.RemindersAsync(ct) : null;
        if (!(User.IsInRole(Roles.Worker) || User.IsInRole(Roles.TeamLeader))) return View(new HomeModel(false, null, null, reminders));
        var inOutreach = (await referrals.MyOutreachTeamsAsync(ct)).Count > 0;
        var counts = inOutreach && User.IsInRole(Roles.TeamLeader) ? await deadlines.CountsForLedTeamsAsync(ct) : null;
        return View(new HomeModel(inOutreach, counts, await tasks.OpenAsync(ct), reminders));
    }
}
