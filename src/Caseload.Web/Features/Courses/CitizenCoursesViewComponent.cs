using Caseload.Application.Common.Time;
using Caseload.Application.Courses;
using Caseload.Web.Features.Citizens;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Courses;

/// <summary>The courses section of the citizen page: courses with primary-worker history, and the team leader's actions.</summary>
public sealed class CitizenCoursesViewComponent(CourseQueries courses, IDanishClock clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(CitizenPageModel page)
        => View("~/Features/Courses/CoursesSection.cshtml",
            new CoursesSection(await courses.ForCitizenAsync(page.Citizen, HttpContext.RequestAborted), clock.Today));
}

public sealed record CoursesSection(CitizenCourses Data, DateOnly Today);
