using Caseload.Application.Common.Time;
using Caseload.Application.Courses;
using Caseload.Application.Engines;
using Caseload.Web.Engines;
using Caseload.Web.Features.Citizens;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Courses;

/// <summary>The courses section of the citizen page: courses with primary-worker history, and the team leader's actions.
/// What differs by method comes from the engines (ADR 0023): whether a course starts and closes here, and extra content
/// on the course's card.</summary>
public sealed class CitizenCoursesViewComponent(CourseQueries courses, IDanishClock clock, MethodDefinitions methods,
    IEnumerable<CourseCardExtension> extensions) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(CitizenPageModel page)
        => View("~/Features/Courses/CoursesSection.cshtml",
            new CoursesSection(await courses.ForCitizenAsync(page.Citizen, HttpContext.RequestAborted), clock.Today, methods, extensions.ToList()));
}

public sealed record CoursesSection(CitizenCourses Data, DateOnly Today, MethodDefinitions Methods, IReadOnlyList<CourseCardExtension> Extensions);

/// <summary>What an engine's <see cref="CourseCardExtension"/> partial is given.</summary>
public sealed record CourseCardModel(CourseSummary Course, CoursesSection Section);
