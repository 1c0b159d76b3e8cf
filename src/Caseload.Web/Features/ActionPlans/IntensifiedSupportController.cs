using Caseload.Application.ActionPlans;
using Caseload.Application.Security;
using Caseload.Web.Hosting;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.ActionPlans;

/// <summary>The ACT week on the citizen's record: intensified support started and stopped from the ACT section, and a team
/// meeting's task ticked off from the start page.</summary>
[Authorize(Policy = Policies.CitizenRecords)]
[Route("borgere/{id:guid}")]
public sealed class IntensifiedSupportController(IntensifiedSupportService intensified, TeamMeetingService meetings, SmsConsentService sms) : Controller
{
    private CancellationToken Ct => HttpContext.RequestAborted;

    [HttpPost("skaerpet-indsats")]
    public async Task<IActionResult> Start(ScopedCitizen citizen, [FromForm(Name = "Intensified")] IntensifiedSupportInput input)
    {
        var result = ModelState.IsValid ? await intensified.StartAsync(citizen, input, Ct) : null;
        // The section shows a failure beside its form (in red), not as the page's green status.
        if (result is { Succeeded: true }) TempData["Status"] = "Skærpet indsats er startet.";
        else TempData[ActCitizenSectionViewComponent.ErrorKey] = ModelState.ErrorText(result);
        return Redirect($"/borgere/{citizen.Id}#skaerpet-indsats");
    }

    [HttpPost("skaerpet-indsats/{periodId:guid}/stop")]
    public async Task<IActionResult> Stop(ScopedCitizen citizen, [FromRoute] Guid periodId)
    {
        var result = await intensified.StopAsync(citizen, periodId, Ct);
        if (result.Succeeded) TempData["Status"] = "Den skærpede indsats er stoppet.";
        else TempData[ActCitizenSectionViewComponent.ErrorKey] = ModelState.ErrorText(result);
        return Redirect($"/borgere/{citizen.Id}#skaerpet-indsats");
    }

    /// <summary>The citizen's consent to SMS reminders (ADR 0038).</summary>
    [HttpPost("sms-samtykke")]
    public async Task<IActionResult> GiveSmsConsent(ScopedCitizen citizen, [FromForm] DateOnly? givenOn)
    {
        ModelState.Remove("givenOn"); // an unreadable date is a missing one: the service says so in Danish
        var result = await sms.GiveAsync(citizen, givenOn, Ct);
        if (result.Succeeded) TempData["Status"] = "Samtykket til SMS-påmindelser er gemt.";
        else TempData[ActCitizenSectionViewComponent.SmsErrorKey] = ModelState.ErrorText(result);
        return Redirect($"/borgere/{citizen.Id}#sms-paamindelser");
    }

    [HttpPost("sms-samtykke/{consentId:guid}/tilbagetraek")]
    public async Task<IActionResult> WithdrawSmsConsent(ScopedCitizen citizen, [FromRoute] Guid consentId)
    {
        var result = await sms.WithdrawAsync(citizen, consentId, Ct);
        if (result.Succeeded) TempData["Status"] = "Samtykket til SMS-påmindelser er trukket tilbage. Der sendes ikke flere påmindelser.";
        else TempData[ActCitizenSectionViewComponent.SmsErrorKey] = ModelState.ErrorText(result);
        return Redirect($"/borgere/{citizen.Id}#sms-paamindelser");
    }

    /// <summary>From the start page: the team meeting's task is done; back to where the user came from.</summary>
    [HttpPost("teammoede-opgaver/{taskId:guid}/udfoert")]
    public async Task<IActionResult> TaskDone(ScopedCitizen citizen, [FromRoute] Guid taskId, [FromForm] string? returnUrl)
    {
        var result = await meetings.MarkTaskDoneAsync(citizen, taskId, Ct);
        TempData["Status"] = result.Succeeded ? "Opgaven er markeret som udført." : ModelState.ErrorText(result);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : $"/borgere/{citizen.Id}");
    }
}
