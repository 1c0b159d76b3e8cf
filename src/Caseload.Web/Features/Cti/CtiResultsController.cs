using Caseload.Application.Cti;
using Caseload.Application.Security;
using Caseload.Web.Features.Printing;
using Caseload.Web.Features.Results;
using Caseload.Web.Hosting;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Caseload.Web.Features.Cti;

/// <summary>CTI's fidelity items (issue #29 must-show 3): team leaders their CTI teams, managers all CTI teams; counts only.</summary>
[Authorize(Policy = Policies.Implementation)]
public sealed class CtiResultsController(CtiFidelity fidelity) : Controller
{
    private const string PageUrl = "/resultater/cti";
    private const string Title = "Metodetroskab – CTI";

    [HttpGet("resultater/cti")]
    public async Task<IActionResult> Index([FromQuery(Name = "team")] ResultsTeams teams, [FromQuery(Name = "fra")] DateOnly? from,
        [FromQuery(Name = "til")] DateOnly? to)
        => await fidelity.ReportAsync(teams, from, to, HttpContext.RequestAborted) is { } report
            ? View("~/Features/Cti/CtiResults.cshtml", report)
            : NotFound();

    /// <summary>The page as CSV: the same cells, as shown.</summary>
    [HttpGet("resultater/cti/csv")]
    public async Task<IActionResult> Csv([FromQuery(Name = "team")] ResultsTeams teams, [FromQuery(Name = "fra")] DateOnly? from,
        [FromQuery(Name = "til")] DateOnly? to)
        => await fidelity.ReportAsync(teams, from, to, HttpContext.RequestAborted) is { } report
            ? File(ResultsCsv.Write(Rows(report)), ResultsCsv.ContentType, "metodetroskab-cti.csv")
            : NotFound();

    /// <summary>The page as an Excel workbook: the same rows as the CSV.</summary>
    [HttpGet("resultater/cti/xlsx")]
    public async Task<IActionResult> Xlsx([FromQuery(Name = "team")] ResultsTeams teams, [FromQuery(Name = "fra")] DateOnly? from,
        [FromQuery(Name = "til")] DateOnly? to)
        => await fidelity.ReportAsync(teams, from, to, HttpContext.RequestAborted) is { } report
            ? File(ResultsXlsx.Write("CTI", Rows(report)), ResultsXlsx.ContentType, "metodetroskab-cti.xlsx")
            : NotFound();

    /// <summary>The page's table as a print view, or a PDF through the same renderer as the other documents (ADR 0018).</summary>
    [HttpGet("resultater/cti/udskrift")]
    public async Task<IActionResult> Print([FromQuery(Name = "team")] ResultsTeams teams, [FromQuery(Name = "fra")] DateOnly? from,
        [FromQuery(Name = "til")] DateOnly? to, [FromServices] PrintOutput output, [FromServices] IOptions<PrintOptions> options,
        [FromServices] Application.Common.Time.IDanishClock clock, bool pdf = false)
    {
        if (await fidelity.ReportAsync(teams, from, to, HttpContext.RequestAborted) is not { } report) return NotFound();
        var query = $"fra={report.Period.From:yyyy-MM-dd}&til={report.Period.To:yyyy-MM-dd}" + (teams.Selected is { } t ? $"&team={t}" : "");
        var page = PrintPage.ForOrganisation("CTI", Title, $"periode {DanishFormat.Date(report.Period.From)} – {DanishFormat.Date(report.Period.To)}",
            options.Value.Municipality, pdf, $"{PageUrl}/udskrift?{query}", $"{PageUrl}?{query}", clock.UtcNow);
        return await output.ViewOrPdfAsync(this, "~/Features/Cti/PrintCtiResults.cshtml", page, report, PrintOutput.FileName("Metodetroskab-CTI", null, clock.UtcNow));
    }

    /// <summary>The page's cells, row by row: item, target, total and each team.</summary>
    public static IEnumerable<string[]> Rows(CtiFidelityReport r)
    {
        yield return ["Periode", DanishFormat.Date(r.Period.From) + " – " + DanishFormat.Date(r.Period.To)];
        var teams = r.Teams.Count > 1 ? r.Teams.Select(t => t.Name).ToArray() : [];
        yield return ["Punkt", "Mål", "I alt", .. teams];
        foreach (var row in r.Rows)
            yield return row.NoDataBecause is null
                ? [row.Name, row.Target, row.Total.Text, .. r.Teams.Count > 1 ? row.Teams.Select(c => c.Text) : []]
                : [row.Name, row.Target, "Ingen data", .. teams.Select(_ => "Ingen data")];
    }
}
