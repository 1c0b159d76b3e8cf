using Caseload.Application.Agreements;
using Caseload.Application.Security;
using Caseload.Web.Hosting;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Agreements;

/// <summary>Cooperation agreements: one page per agreement, the form itself (filled with the citizen); reads are audited.</summary>
[Authorize(Policy = Policies.CitizenRecords)]
[Route("borgere/{id:guid}/samarbejdsaftaler")]
public sealed class AgreementsController(AgreementService agreements, AgreementQueries queries,
    Application.Common.IUserDirectory users) : Controller
{
    /// <summary>Blank agreement rows the form offers beyond those filled.</summary>
    public const int BlankRows = 2;

    private CancellationToken Ct => HttpContext.RequestAborted;

    [HttpGet("ny")]
    public Task<IActionResult> New([OpensRecord("Samarbejdsaftale (ny)")] ScopedCitizen citizen) => Show(citizen, null);

    [HttpGet("{agreementId:guid}")]
    public Task<IActionResult> Agreement([OpensRecord("Samarbejdsaftale")] ScopedCitizen citizen, [FromRoute] Guid agreementId) => Show(citizen, agreementId);

    [HttpPost("ny")]
    public Task<IActionResult> New(ScopedCitizen citizen, [FromForm(Name = "Input")] AgreementInput input) => Save(citizen, null, input);

    [HttpPost("{agreementId:guid}")]
    public Task<IActionResult> Agreement(ScopedCitizen citizen, [FromRoute] Guid agreementId, [FromForm(Name = "Input")] AgreementInput input)
        => Save(citizen, agreementId, input);

    private async Task<IActionResult> Show(ScopedCitizen citizen, Guid? agreementId)
    {
        var view = await queries.AgreementAsync(citizen, agreementId, Ct);
        if (view is null || (agreementId is null && !view.MayChange)) return NotFound();
        return View("Agreement", new AgreementPage(view with { Input = WithBlankRows(view.Input) }));
    }

    private async Task<IActionResult> Save(ScopedCitizen citizen, Guid? agreementId, AgreementInput input)
    {
        Application.Common.Result<Guid>? result = null;
        if (ModelState.IsValid)
        {
            result = await agreements.SaveAsync(citizen, agreementId, input, Ct);
            if (ModelState.AddErrors(result, "Input"))
            {
                TempData["Status"] = result.Unchanged ? "Der var ingen ændringer, så samarbejdsaftalen er ikke gemt igen." : "Samarbejdsaftalen er gemt.";
                return Redirect($"/borgere/{citizen.Id}/samarbejdsaftaler/{result.Value}");
            }
        }
        var view = await queries.AgreementAsync(citizen, agreementId, Ct);
        if (view is null) return NotFound();
        Shared.ConflictPanelModel? conflict = null;
        if (result?.IsConflict == true)
        {
            // Side by side with the saved version; the form now carries the saved version, so saving again replaces it knowingly.
            var by = view.SavedBy is null ? null : (await users.NamesAsync([view.SavedBy], Ct)).GetValueOrDefault(view.SavedBy);
            conflict = Shared.ConflictPanelModel.Between(AgreementPage.Fields(input), AgreementPage.Fields(view.Input), by, view.SavedAt);
            input.Version = view.Version;
            ModelState.Remove("Input.Version");
        }
        return View("Agreement", new AgreementPage(view with { Input = WithBlankRows(input) }, conflict));
    }

    private static AgreementInput WithBlankRows(AgreementInput input)
    {
        Shared.FormRows.WithBlanks(input.Rows, r => r.Id == Guid.Empty && string.IsNullOrWhiteSpace(r.Goal), () => new AgreementRowInput(), BlankRows);
        return input;
    }
}
