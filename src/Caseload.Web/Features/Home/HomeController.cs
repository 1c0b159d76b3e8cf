using Caseload.Application.Common.Time;
using Caseload.Application.Engines;
using Caseload.Application.Security;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Home;

/// <summary>The start page's "Mine opgaver": every engine's open tasks for the user (ADR 0023), the soonest first.
/// <see cref="More"/>: there are more than shown.</summary>
public sealed record StartPageTasks(IReadOnlyList<MyTask> Rows, bool More, DateOnly Today)
{
    public const int Shown = 10;
}

/// <summary>What the start page shows besides the shortcuts and the engines' cards: the user's open tasks; for managers
/// and team leaders, the partner agreements due for review.</summary>
public sealed record HomeModel(StartPageTasks? Tasks, IReadOnlyList<Application.Partners.ReviewReminder>? Reminders = null);

/// <summary>The start page: what the signed-in user's roles lead to.</summary>
public sealed class HomeController(IEnumerable<IMyTaskSource> tasks, Application.Partners.PartnerService partners, IDanishClock clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var ct = HttpContext.RequestAborted;
        // Managers and team leaders keep the partner agreements: their review reminder is on the start page.
        var reminders = User.IsInRole(Roles.Manager) || User.IsInRole(Roles.TeamLeader) ? await partners.RemindersAsync(ct) : null;
        if (!(User.IsInRole(Roles.Worker) || User.IsInRole(Roles.TeamLeader))) return View(new HomeModel(null, reminders));
        var open = new List<MyTask>();
        foreach (var source in tasks) open.AddRange(await source.OpenTasksAsync(ct));
        var sorted = open.OrderBy(t => t.DueOn ?? DateOnly.MaxValue).ThenBy(t => t.CitizenName, StringComparer.Create(new System.Globalization.CultureInfo("da-DK"), false)).ToList();
        return View(new HomeModel(new StartPageTasks([.. sorted.Take(StartPageTasks.Shown)], sorted.Count > StartPageTasks.Shown, clock.Today), reminders));
    }
}
