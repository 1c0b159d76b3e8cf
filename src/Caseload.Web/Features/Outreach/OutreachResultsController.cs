using Caseload.Application.Outreach;
using Caseload.Application.Security;
using Caseload.Web.Features.Printing;
using Caseload.Web.Features.Results;
using Caseload.Web.Hosting;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Caseload.Web.Features.Outreach;

/// <summary>Outreach's results (issue #29 must-show 4, ADR 0036): team leaders their outreach teams, managers all; counts only.</summary>
[Authorize(Policy = Policies.Implementation)]
public sealed class OutreachResultsController(OutreachResults results) : Controller
{
    public const string PageUrl = "/resultater/fremskudt";

    [HttpGet("resultater/fremskudt")]
    public async Task<IActionResult> Index([FromQuery(Name = "team")] ResultsTeams teams, [FromQuery(Name = "fra")] DateOnly? from,
        [FromQuery(Name = "til")] DateOnly? to)
        => await results.ReportAsync(teams, from, to, HttpContext.RequestAborted) is { } report
            ? View("~/Features/Outreach/OutreachResults.cshtml", new OutreachResultsPageModel(report))
            : NotFound();

    /// <summary>The page as CSV: the same cells, as shown.</summary>
    [HttpGet("resultater/fremskudt/csv")]
    public async Task<IActionResult> Csv([FromQuery(Name = "team")] ResultsTeams teams, [FromQuery(Name = "fra")] DateOnly? from,
        [FromQuery(Name = "til")] DateOnly? to)
        => await results.ReportAsync(teams, from, to, HttpContext.RequestAborted) is { } report
            ? File(OutreachResultsExport.Csv(report), ResultsCsv.ContentType, "resultater-fremskudt.csv")
            : NotFound();

    /// <summary>The page as an Excel workbook: the same rows as the CSV.</summary>
    [HttpGet("resultater/fremskudt/xlsx")]
    public async Task<IActionResult> Xlsx([FromQuery(Name = "team")] ResultsTeams teams, [FromQuery(Name = "fra")] DateOnly? from,
        [FromQuery(Name = "til")] DateOnly? to)
        => await results.ReportAsync(teams, from, to, HttpContext.RequestAborted) is { } report
            ? File(ResultsXlsx.Write("Fremskudt sagsbehandling", OutreachResultsExport.Rows(report)), ResultsXlsx.ContentType, "resultater-fremskudt.xlsx")
            : NotFound();

    /// <summary>The page's tables as a print view, or a PDF through the same renderer as the other documents (ADR 0018).</summary>
    [HttpGet("resultater/fremskudt/udskrift")]
    public async Task<IActionResult> Print([FromQuery(Name = "team")] ResultsTeams teams, [FromQuery(Name = "fra")] DateOnly? from,
        [FromQuery(Name = "til")] DateOnly? to, [FromServices] PrintOutput output, [FromServices] IOptions<PrintOptions> options,
        [FromServices] Application.Common.Time.IDanishClock clock, bool pdf = false)
    {
        if (await results.ReportAsync(teams, from, to, HttpContext.RequestAborted) is not { } report) return NotFound();
        var model = new OutreachResultsPageModel(report);
        var page = PrintPage.ForOrganisation("Fremskudt sagsbehandling", OutreachResultsPageModel.Title, model.PeriodText, options.Value.Municipality, pdf,
            $"{PageUrl}/udskrift?{model.Query}", $"{PageUrl}?{model.Query}", clock.UtcNow);
        return await output.ViewOrPdfAsync(this, "~/Features/Outreach/PrintOutreachResults.cshtml", page, report,
            PrintOutput.FileName("Resultater-fremskudt", null, clock.UtcNow));
    }
}

public sealed record OutreachResultsPageModel(OutreachResultsReport Report)
{
    public const string Title = "Resultater – fremskudt sagsbehandling";

    public string Query => $"fra={Report.Period.From:yyyy-MM-dd}&til={Report.Period.To:yyyy-MM-dd}" + (Report.SelectedTeam is { } t ? $"&team={t}" : "");

    public string CsvUrl => $"{OutreachResultsController.PageUrl}/csv?{Query}";

    public string XlsxUrl => $"{OutreachResultsController.PageUrl}/xlsx?{Query}";

    public string PrintUrl => $"{OutreachResultsController.PageUrl}/udskrift?{Query}";

    public string PeriodText => $"periode {DanishFormat.Date(Report.Period.From)} – {DanishFormat.Date(Report.Period.To)}"
        + (Report.Teams.Count == 1 ? $", {Report.Teams[0].Name}" : $", {Report.Teams.Count} teams");
}

/// <summary>The outreach results as rows of cells: the page's tables in order, the same texts the page shows.</summary>
public static class OutreachResultsExport
{
    public static IEnumerable<string[]> Rows(OutreachResultsReport r)
    {
        yield return ["Periode", DanishFormat.Date(r.Period.From) + " – " + DanishFormat.Date(r.Period.To)];
        var teams = r.Teams.Count > 1 ? r.Teams.Select(t => t.Name).ToArray() : [];
        yield return ["Tal", "Mål", "I alt", .. teams];
        foreach (var row in r.Deadlines.Concat(r.Figures))
            yield return row.NoDataBecause is null
                ? [row.Name, row.Target, row.Total.Text, .. r.Teams.Count > 1 ? row.Teams.Select(c => c.Text) : []]
                : [row.Name, row.Target, "Ingen data", .. teams.Select(_ => "Ingen data")];
        foreach (var table in new[] { r.Sources, r.Screenings })
        {
            // As on the page: categories down, teams across.
            yield return [table.Name];
            yield return ["", .. table.Rows.Select(row => row.Label)];
            yield return ["I alt", .. table.Rows.Select(row => row.Citizens.Text)];
            for (var i = 0; i < table.Columns.Count; i++) yield return [table.Columns[i], .. table.Rows.Select(row => row.Counts[i].Text)];
        }
    }

    public static byte[] Csv(OutreachResultsReport r) => ResultsCsv.Write(csv =>
    {
        foreach (var row in Rows(r)) csv.WriteRecord(row);
    });
}
