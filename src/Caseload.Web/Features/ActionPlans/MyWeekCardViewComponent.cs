using Caseload.Application.ActionPlans;
using Caseload.Application.Common.Time;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.ActionPlans;

/// <summary>"Min uge" on the start page of a member of an ACT team (ADR 0033): the user's own visits this week, a short list
/// (the rest of the week first), with a link to the team's week.</summary>
public sealed class MyWeekCardViewComponent(TeamVisitQueries visits, TeamMeetingQueries meetings, IDanishClock clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var ct = HttpContext.RequestAborted;
        if ((await meetings.MyActTeamsAsync(ct)).Count == 0) return Content("");
        var (week, rows, more) = await visits.MyWeekAsync(ct);
        return View("~/Features/ActionPlans/_MyWeekCard.cshtml", new MyWeekCard(week, rows, more, clock.Today));
    }
}

public sealed record MyWeekCard(VisitWeek Week, IReadOnlyList<MyVisit> Visits, int More, DateOnly Today);
