using Caseload.Application.ActionPlans;
using Caseload.Application.Common.Time;
using Caseload.Web.Features.Citizens;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.ActionPlans;

public sealed record ActionPlanSectionModel(Guid CitizenId, int Revision);

public sealed record IntensifiedSectionModel(Guid CitizenId, IntensifiedView View, bool MayChange, DateOnly Today, string? Error);

public sealed record ActCitizenSectionModel(ActionPlanSectionModel Plan, IntensifiedSectionModel? Intensified);

/// <summary>The ACT engine on the citizen page, from one query: the course's intensified support (its current period
/// against the plan, the start/stop form for the citizen's workers and the team leader) and the action plan's line with
/// its revision. Nothing (and no query) for a citizen ACT does not concern.</summary>
public sealed class ActCitizenSectionViewComponent(IntensifiedSupportService act, IDanishClock clock) : ViewComponent
{
    public const string ErrorKey = "IntensifiedError";

    public async Task<IViewComponentResult> InvokeAsync(CitizenPageModel page)
    {
        if (!page.Engines.Contains(ActModule.Key)) return Content("");
        var data = await act.ForCitizenPageAsync(page.Citizen, HttpContext.RequestAborted);
        var intensified = data.Intensified.CourseId is null ? null
            : new IntensifiedSectionModel(page.Citizen.Id, data.Intensified, page.Citizen.MayChangeCourseWork, clock.Today, TempData[ErrorKey] as string);
        return View("~/Features/ActionPlans/ActSection.cshtml",
            new ActCitizenSectionModel(new ActionPlanSectionModel(page.Citizen.Id, data.PlanRevision), intensified));
    }
}
