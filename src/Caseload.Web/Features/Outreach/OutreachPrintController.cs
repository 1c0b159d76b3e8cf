using Caseload.Application.Outreach;
using Caseload.Application.Printing;
using Caseload.Application.Security;
using Caseload.Web.Features.Printing;
using Caseload.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Caseload.Web.Features.Outreach;

/// <summary>The screening form of a referral, printed or as PDF (ADR 0018, ADR 0023).</summary>
public sealed class OutreachPrintController(PrintService printing, PrintOutput output, IOptions<PrintOptions> options,
    ReferralQueries referrals) : CitizenPrintController(printing, output, options)
{
    [HttpGet("screening/{referralId:guid}")]
    public async Task<IActionResult> Screening(ScopedCitizen citizen, [FromRoute] Guid referralId, bool pdf = false, bool fuldtCpr = false, bool hemmeligAdresse = false)
        => await PrintAsync(citizen, pdf, fuldtCpr, hemmeligAdresse, async c =>
            await referrals.ReferralAsync(c, referralId, Ct) is { } r
                ? new PrintDoc<ReferralView>("Screeningsskema – fremskudt sagsbehandling", "Screeningsskema",
                    r.ScreenedOn is { } s ? $"screenet {DanishFormat.Date(s)}" : "ikke screenet endnu",
                    "~/Features/Outreach/PrintScreening.cshtml", $"/borgere/{citizen.Id}/fs/henvendelser/{referralId}", r)
                : null);
}
