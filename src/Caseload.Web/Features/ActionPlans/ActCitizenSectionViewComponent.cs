using Caseload.Application.ActionPlans;
using Caseload.Application.Common.Time;
using Caseload.Web.Features.Citizens;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.ActionPlans;

public sealed record ActionPlanSectionModel(Guid CitizenId, int Revision);

public sealed record IntensifiedSectionModel(Guid CitizenId, IntensifiedView View, bool MayChange, DateOnly Today, string? Error, SmsReminderSectionModel? Sms = null);

/// <summary>SMS reminders on the citizen page (ADR 0038), drawn after intensified support from the same query.</summary>
public sealed record SmsReminderSectionModel(Guid CitizenId, SmsReminderView View, bool MayChange, DateOnly Today, string? Error);

public sealed record ActCitizenSectionModel(ActionPlanSectionModel Plan, IntensifiedSectionModel? Intensified);

/// <summary>The ACT engine on the citizen page, from one query: the course's intensified support (its current period
/// against the plan, the start/stop form for the citizen's workers and the team leader), the SMS reminders' consent and log,
/// and the action plan's line with its revision. Nothing (and no query) for a citizen ACT does not concern.</summary>
public sealed class ActCitizenSectionViewComponent(IntensifiedSupportService act, IDanishClock clock) : ViewComponent
{
    public const string ErrorKey = "IntensifiedError";
    public const string SmsErrorKey = "SmsReminderError";

    public async Task<IViewComponentResult> InvokeAsync(CitizenPageModel page)
    {
        if (!page.Engines.Contains(ActModule.Key)) return Content("");
        var data = await act.ForCitizenPageAsync(page.Citizen, HttpContext.RequestAborted);
        var view = data.Intensified;
        var intensified = view.CourseId is null ? null
            : new IntensifiedSectionModel(page.Citizen.Id, view, page.Citizen.MayChangeCourseWork, clock.Today, TempData[ErrorKey] as string,
                view.Sms is { } sms ? new SmsReminderSectionModel(page.Citizen.Id, sms, page.Citizen.MayChangeCourseWork, clock.Today, TempData[SmsErrorKey] as string) : null);
        return View("~/Features/ActionPlans/ActSection.cshtml",
            new ActCitizenSectionModel(new ActionPlanSectionModel(page.Citizen.Id, data.PlanRevision), intensified));
    }
}
