using Caseload.Application.CourseEvents;
using Caseload.Web.Features.Citizens;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Timeline;

public sealed record TimelineModel(Guid CitizenId, string CitizenName, TimelinePage Page);

/// <summary>The citizen page's timeline section: the newest course events, read from the event log in one query.</summary>
public sealed class CitizenTimelineViewComponent(Application.CourseEvents.Timeline timeline) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(CitizenPageModel page)
        => View("~/Features/Timeline/Section.cshtml", new TimelineModel(page.Citizen.Id, page.Citizen.Name,
            await timeline.LatestAsync(page.Citizen, HttpContext.RequestAborted)));
}
