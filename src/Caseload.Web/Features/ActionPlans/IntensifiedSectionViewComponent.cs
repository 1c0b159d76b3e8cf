using Caseload.Application.ActionPlans;
using Caseload.Application.Common.Time;
using Caseload.Web.Features.Citizens;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.ActionPlans;

public sealed record IntensifiedSectionModel(Guid CitizenId, IntensifiedView View, bool MayChange, DateOnly Today, string? Error, SmsReminderSectionModel? Sms = null);

/// <summary>SMS reminders on the citizen page (ADR 0038), drawn after intensified support from the same query.</summary>
public sealed record SmsReminderSectionModel(Guid CitizenId, SmsReminderView View, bool MayChange, DateOnly Today, string? Error);

/// <summary>The ACT course's intensified support on the citizen page: the current period with achieved contacts against the
/// plan, and the start/stop form for the citizen's workers and the team leader. Nothing (and no query) for a citizen ACT
/// does not concern.</summary>
public sealed class IntensifiedSectionViewComponent(IntensifiedSupportService intensified, IDanishClock clock) : ViewComponent
{
    public const string ErrorKey = "IntensifiedError";
    public const string SmsErrorKey = "SmsReminderError";

    public async Task<IViewComponentResult> InvokeAsync(CitizenPageModel page)
    {
        if (!page.Engines.Contains(ActModule.Key)) return Content("");
        var view = await intensified.ForCitizenAsync(page.Citizen, HttpContext.RequestAborted);
        if (view.CourseId is null) return Content("");
        return View("~/Features/ActionPlans/Intensified.cshtml",
            new IntensifiedSectionModel(page.Citizen.Id, view, page.Citizen.MayChangeCourseWork, clock.Today, TempData[ErrorKey] as string,
                view.Sms is { } sms ? new SmsReminderSectionModel(page.Citizen.Id, sms, page.Citizen.MayChangeCourseWork, clock.Today, TempData[SmsErrorKey] as string) : null));
    }
}
