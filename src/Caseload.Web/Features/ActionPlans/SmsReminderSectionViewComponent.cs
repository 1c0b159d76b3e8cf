using Caseload.Application.ActionPlans;
using Caseload.Application.Common.Time;
using Caseload.Web.Features.Citizens;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.ActionPlans;

public sealed record SmsReminderSectionModel(Guid CitizenId, SmsReminderView View, bool MayChange, DateOnly Today, string? Error);

/// <summary>SMS reminders on the citizen page (ADR 0038): the consent (given, withdrawn), whether a phone number is recorded, and
/// the latest reminders sent or failed. Nothing (and no query) for a citizen ACT does not concern.</summary>
public sealed class SmsReminderSectionViewComponent(SmsConsentService consents, IDanishClock clock) : ViewComponent
{
    public const string ErrorKey = "SmsReminderError";

    public async Task<IViewComponentResult> InvokeAsync(CitizenPageModel page)
    {
        if (!page.Engines.Contains(ActModule.Key)) return Content("");
        var view = await consents.ForCitizenAsync(page.Citizen, HttpContext.RequestAborted);
        if (!view.HasActCourse && view.Consent is null && view.Reminders.Count == 0) return Content("");
        return View("~/Features/ActionPlans/SmsReminders.cshtml",
            new SmsReminderSectionModel(page.Citizen.Id, view, page.Citizen.MayChangeCourseWork, clock.Today, TempData[ErrorKey] as string));
    }
}
