using Caseload.Application.CitizenPortal;
using Caseload.Application.Security;
using Caseload.Web.Hosting;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.CitizenPortal;

/// <summary>The worker's side of the citizen's own view (issue #34 item 1): enable with the citizen present, revoke.</summary>
[Authorize(Policy = Policies.CitizenRecords)]
[Route("borgere/{id:guid}/borgeradgang")]
public sealed class CitizenAccessController(CitizenAccessService access, FromTheCitizenQueries fromCitizen) : Controller
{
    private CancellationToken Ct => HttpContext.RequestAborted;

    [HttpPost("")]
    public async Task<IActionResult> Enable(ScopedCitizen citizen, [FromForm(Name = "Access")] CitizenAccessInput input)
    {
        var result = ModelState.IsValid ? await access.EnableAsync(citizen, input, Ct) : null;
        if (result is { Succeeded: true }) TempData["Status"] = "Borgeren har nu adgang til sin egen side på /mig.";
        else TempData[CitizenAccessSectionViewComponent.ErrorKey] = ModelState.ErrorText(result);
        return Redirect($"/borgere/{citizen.Id}#borgeradgang");
    }

    [HttpPost("luk")]
    public async Task<IActionResult> Revoke(ScopedCitizen citizen)
    {
        var result = await access.RevokeAsync(citizen, Ct);
        if (result.Succeeded) TempData["Status"] = "Borgerens adgang er lukket. Borgeren er logget ud.";
        else TempData[CitizenAccessSectionViewComponent.ErrorKey] = ModelState.ErrorText(result);
        return Redirect($"/borgere/{citizen.Id}#borgeradgang");
    }

    /// <summary>"Jeg har ringet": the citizen's "Ring til mig" is done (ADR 0048).</summary>
    [HttpPost("ringet")]
    public async Task<IActionResult> Called(ScopedCitizen citizen)
    {
        var result = await fromCitizen.MarkCalledAsync(citizen, Ct);
        if (result.Succeeded) TempData["Status"] = "Markeret: der er ringet til borgeren.";
        else TempData[CitizenAccessSectionViewComponent.ErrorKey] = ModelState.ErrorText(result);
        return Redirect($"/borgere/{citizen.Id}#fra-borgeren");
    }
}

/// <summary>"Borgerens egen adgang" on the citizen page: state, last sign-in, the forms to enable and revoke.</summary>
/// <summary>With it, what the citizen did on /mig (ADR 0048) — asked only when the citizen has acted there, so no one else pays a query.</summary>
public sealed class CitizenAccessSectionViewComponent(CitizenAccessService access, FromTheCitizenQueries fromCitizen) : ViewComponent
{
    public const string ErrorKey = "CitizenAccessError";

    public async Task<IViewComponentResult> InvokeAsync(Citizens.CitizenPageModel page)
    {
        var ct = HttpContext.RequestAborted;
        var view = await access.ForCitizenPageAsync(page.Citizen, ct);
        var from = view.ActedAt is not null ? await fromCitizen.ForCitizenPageAsync(page.Citizen, ct) : FromTheCitizen.None;
        return View("~/Features/CitizenPortal/AccessSection.cshtml", new CitizenAccessSection(page.Citizen.Id, view, TempData[ErrorKey] as string, from));
    }
}

public sealed record CitizenAccessSection(Guid CitizenId, CitizenAccessView View, string? Error, FromTheCitizen FromCitizen);
