using Caseload.Application.Security;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Timeline;

/// <summary>The citizen's whole timeline, paged, the newest first. Opening it is audited like the citizen page.</summary>
[Authorize(Policy = Policies.CitizenRecords)]
[Route("borgere/{id:guid}/tidslinje")]
public sealed class TimelineController(Application.CourseEvents.Timeline timeline) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([OpensRecord("Tidslinje")] ScopedCitizen citizen, int side = 1)
    {
        return View("~/Features/Timeline/Index.cshtml",
            new TimelineModel(citizen.Id, citizen.Name, await timeline.PageAsync(citizen, side, HttpContext.RequestAborted)));
    }
}
