using Caseload.Application.Agreements;
using Caseload.Application.Printing;
using Caseload.Application.Security;
using Caseload.Web.Features.Printing;
using Caseload.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Caseload.Web.Features.Agreements;

/// <summary>A cooperation agreement, printed or as PDF (ADR 0018, ADR 0023).</summary>
public sealed class AgreementPrintController(PrintService printing, PrintOutput output, IOptions<PrintOptions> options,
    AgreementQueries agreements) : CitizenPrintController(printing, output, options)
{
    [HttpGet("samarbejdsaftale/{agreementId:guid}")]
    public async Task<IActionResult> Agreement(ScopedCitizen citizen, [FromRoute] Guid agreementId, bool pdf = false, bool fuldtCpr = false, bool hemmeligAdresse = false)
        => await PrintAsync(citizen, pdf, fuldtCpr, hemmeligAdresse, async c =>
            await agreements.AgreementAsync(c, agreementId, Ct) is { Id: not null } a
                ? new PrintDoc<AgreementView>("Samarbejdsaftale", "Samarbejdsaftale", Saved(a.SavedAt), "~/Features/Agreements/PrintAgreement.cshtml",
                    $"/borgere/{citizen.Id}/samarbejdsaftaler/{agreementId}", a)
                : null);
}
