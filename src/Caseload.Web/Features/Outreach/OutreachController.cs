using Caseload.Application.Common;
using Caseload.Application.Outreach;
using Caseload.Application.Security;
using Caseload.Web.Hosting;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Outreach;

/// <summary>The outreach course page (§2.3 steps 4–14) and its forms (ADR 0007: the engine's own feature folder).
/// Reads open the record through the audited path; every change goes through <see cref="OutreachService"/>. A failed
/// form comes back on the same page with what was typed and the messages beside its fields.</summary>
[Authorize(Policy = Policies.CitizenRecords)]
[Route("borgere/{id:guid}/fs")]
public sealed class OutreachController(OutreachService outreach, OutreachQueries queries) : Controller
{
    private CancellationToken Ct => HttpContext.RequestAborted;

    [HttpGet("")]
    public async Task<IActionResult> Case([OpensRecord("Fremskudt sagsbehandling")] ScopedCitizen citizen)
    {
        var view = await queries.CaseAsync(citizen, Ct);
        return view is null ? NotFound() : View("Case", OutreachPageModel.Fresh(view));
    }

    [HttpPost("trin")]
    public Task<IActionResult> Event(ScopedCitizen citizen, [FromForm(Name = "Step")] EventInput input)
        => Run(citizen, "Step", c => outreach.RecordEventAsync(c, input, Ct), "Trinnet er registreret.", "#trin", m => m with { Step = input });

    [HttpPost("kontaktforsoeg")]
    public Task<IActionResult> Attempt(ScopedCitizen citizen, [FromForm(Name = "Attempt")] AttemptInput input)
        => Run(citizen, "Attempt", c => outreach.AddContactAttemptAsync(c, input, Ct), "Kontaktforsøget er registreret.", "#kontaktforsoeg", m => m with { Attempt = input });

    [HttpPost("samtykke")]
    public Task<IActionResult> Consent(ScopedCitizen citizen, [FromForm(Name = "Consent")] ConsentInput input)
        => Run(citizen, "Consent", c => outreach.AddConsentAsync(c, input, Ct), "Samtykket er registreret.", "#samtykke", m => m with { Consent = input });

    [HttpPost("samtykke/tilbagekald")]
    public Task<IActionResult> Withdraw(ScopedCitizen citizen, [FromForm(Name = "Withdraw")] WithdrawConsentInput input)
        => Run(citizen, "Withdraw", c => outreach.WithdrawConsentAsync(c, input, Ct), "Samtykket er registreret som trukket tilbage.", "#samtykke", m => m);

    [HttpPost("sagsbehandler")]
    public Task<IActionResult> Caseworker(ScopedCitizen citizen, [FromForm(Name = "Caseworker")] CaseworkerInput input)
        => Run(citizen, "Caseworker", c => outreach.SaveCaseworkerAsync(c, input, Ct), "Den ordinære sagsbehandler er gemt.", "#sagsbehandler", m => m with { Caseworker = input });

    [HttpPost("koordinerende-moede")]
    public Task<IActionResult> CoordinatingNeed(ScopedCitizen citizen, [FromForm(Name = "Coordinating")] CoordinatingNeedInput input)
        => Run(citizen, "Coordinating", c => outreach.SetCoordinatingNeedAsync(c, input, Ct), "Beslutningen om koordinerende møde er gemt.", "#frister", m => m);

    [HttpPost("afslut")]
    public Task<IActionResult> Close(ScopedCitizen citizen, [FromForm(Name = "Close")] CloseOutreachInput input)
        => Run(citizen, "Close", c => outreach.CloseAsync(c, input, Ct), "Forløbet er afsluttet. Opfølgningsmødet skal holdes 3–6 måneder efter.", "", m => m with { Close = input });

    [HttpPost("opfoelgning")]
    public Task<IActionResult> FollowUp(ScopedCitizen citizen, [FromForm(Name = "FollowUp")] EventInput input)
        => Run(citizen, "FollowUp", c => outreach.RecordFollowUpAsync(c, input, Ct), "Opfølgningsmødet er registreret.", "", m => m with { FollowUp = input });

    /// <summary>Post/redirect/get on success; on failure the page again with the form as typed and its messages under <paramref name="prefix"/>.</summary>
    private async Task<IActionResult> Run(ScopedCitizen citizen, string prefix, Func<ScopedCitizen, Task<Result>> command, string done, string anchor,
        Func<OutreachPageModel, OutreachPageModel> keepTyped)
    {
        if (ModelState.IsValid && ModelState.AddErrors(await command(citizen), prefix))
        {
            TempData["Status"] = done;
            return Redirect($"/borgere/{citizen.Id}/fs{anchor}");
        }
        var view = await queries.CaseAsync(citizen, Ct);
        return view is null ? NotFound() : View("Case", keepTyped(OutreachPageModel.Fresh(view)));
    }
}
