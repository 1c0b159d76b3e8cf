using Caseload.Application.Cti;
using Caseload.Domain.Cti;
using Caseload.Application.Printing;
using Caseload.Application.Security;
using Caseload.Web.Features.Printing;
using Caseload.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Caseload.Web.Features.Cti;

/// <summary>The CTI plan (long-term and handover plan) and the measurements, printed or as PDF (ADR 0018, ADR 0023).</summary>
public sealed class CtiPrintController(PrintService printing, PrintOutput output, IOptions<PrintOptions> options, CtiQueries cti)
    : CitizenPrintController(printing, output, options)
{
    [HttpGet("cti-plan")]
    public async Task<IActionResult> CtiPlan(ScopedCitizen citizen, bool pdf = false, bool fuldtCpr = false, bool hemmeligAdresse = false)
        => await PrintAsync(citizen, pdf, fuldtCpr, hemmeligAdresse, async c =>
            await cti.CourseAsync(c, Ct) is { } course
                ? new PrintDoc<CtiCourseView>("CTI – langsigtet plan og overdragelsesplan", "CTI-plan", $"forløbets status: {course.Stage.Danish()}",
                    "~/Features/Cti/PrintPlan.cshtml", $"/borgere/{citizen.Id}/cti", course)
                : null);

    [HttpGet("cti-maalinger")]
    public async Task<IActionResult> CtiMeasurements(ScopedCitizen citizen, bool pdf = false, bool fuldtCpr = false, bool hemmeligAdresse = false)
        => await PrintAsync(citizen, pdf, fuldtCpr, hemmeligAdresse, async c =>
            await cti.CourseAsync(c, Ct) is { } course
                ? new PrintDoc<CtiCourseView>("CTI – målinger", "CTI-maalinger", $"{course.Measurements.Count} målinger",
                    "~/Features/Cti/PrintMeasurements.cshtml", $"/borgere/{citizen.Id}/cti", course)
                : null);
}
