using Caseload.Application.Common.Time;
using Caseload.Application.Courses;
using Caseload.Application.Cti;
using Caseload.Web.Features.Citizens;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Cti;

/// <summary>The CTI section of the citizen page: where the course stands, what needs attention, a link to the course page;
/// for the team leader of a CTI team without a course, the form that starts one.</summary>
public sealed class CitizenCtiViewComponent(PhaseBoard board, CourseService courses, Application.Security.IAccessScope scope,
    IDanishClock clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(CitizenPageModel page)
    {
        var citizen = page.Citizen;
        if (!page.Engines.Contains(CtiModule.Key)) return Content("");
        var course = await board.RowForCitizenAsync(citizen, HttpContext.RequestAborted);
        var workers = course is null && citizen.LeadsTeam && await scope.LedTeamAsync(citizen.TeamId, HttpContext.RequestAborted) is { } led
            ? await courses.WorkersAsync(led, HttpContext.RequestAborted) : [];
        return View("~/Features/Cti/Section.cshtml", new CtiSectionModel(course, citizen.LeadsTeam, citizen.Id, workers, clock.Today));
    }
}
