using Caseload.Application.ActionPlans;
using Caseload.Application.Printing;
using Caseload.Application.Security;
using Caseload.Web.Features.Printing;
using Caseload.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Caseload.Web.Features.ActionPlans;

/// <summary>The ACT action plan, printed or as PDF (ADR 0018, ADR 0023).</summary>
public sealed class ActionPlanPrintController(PrintService printing, PrintOutput output, IOptions<PrintOptions> options,
    ActionPlanService plans) : CitizenPrintController(printing, output, options)
{
    [HttpGet("indsatsplan")]
    public async Task<IActionResult> ActionPlan(ScopedCitizen citizen, bool pdf = false, bool fuldtCpr = false, bool hemmeligAdresse = false)
        => await PrintAsync(citizen, pdf, fuldtCpr, hemmeligAdresse, async c =>
            await plans.PlanAsync(c, Ct) is { Revisions.Count: > 0 } p
                ? new PrintDoc<ActionPlanView>("ACT-indsatsplan", "ACT-indsatsplan", $"revision {p.Revisions[0].Number} af {DanishFormat.Time(p.Revisions[0].SavedAt)}",
                    "~/Features/ActionPlans/PrintActionPlan.cshtml", $"/borgere/{citizen.Id}/indsatsplan", p)
                : null);
}
