using Caseload.Application.Results;
using Caseload.Application.Security;
using Caseload.Web.Features.Printing;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Caseload.Web.Features.Results;

/// <summary>Results for citizens across the methods (issue #29 must-show 6 and 7): team leaders their teams, managers all
/// teams, counts only; a team leader may open the citizens behind a figure of a team they lead.</summary>
[Authorize(Policy = Policies.Implementation)]
public sealed class CitizenOutcomesController(CitizenOutcomes outcomes) : Controller
{
    public const string PageUrl = "/resultater/borgere";

    [HttpGet("resultater/borgere")]
    public async Task<IActionResult> Index([FromQuery(Name = "team")] ResultsTeams teams, [FromQuery(Name = "fra")] DateOnly? from,
        [FromQuery(Name = "til")] DateOnly? to)
        => await outcomes.ReportAsync(teams, from, to, HttpContext.RequestAborted) is { } report
            ? View("~/Features/Results/Outcomes.cshtml", new OutcomesPageModel(report))
            : NotFound();

    /// <summary>The page as CSV: the same cells, as shown.</summary>
    [HttpGet("resultater/borgere/csv")]
    public async Task<IActionResult> Csv([FromQuery(Name = "team")] ResultsTeams teams, [FromQuery(Name = "fra")] DateOnly? from,
        [FromQuery(Name = "til")] DateOnly? to)
        => await outcomes.ReportAsync(teams, from, to, HttpContext.RequestAborted) is { } report
            ? File(ResultsCsv.Outcomes(report), ResultsCsv.ContentType, "resultater-borgere.csv")
            : NotFound();

    /// <summary>The page as an Excel workbook: the same rows as the CSV.</summary>
    [HttpGet("resultater/borgere/xlsx")]
    public async Task<IActionResult> Xlsx([FromQuery(Name = "team")] ResultsTeams teams, [FromQuery(Name = "fra")] DateOnly? from,
        [FromQuery(Name = "til")] DateOnly? to)
        => await outcomes.ReportAsync(teams, from, to, HttpContext.RequestAborted) is { } report
            ? File(ResultsXlsx.Write("Borgerresultater", ResultsCsv.OutcomeRows(report)), ResultsXlsx.ContentType, "resultater-borgere.xlsx")
            : NotFound();

    /// <summary>The page's tables as a print view, or a PDF through the same renderer as the other documents (ADR 0018).</summary>
    [HttpGet("resultater/borgere/udskrift")]
    public async Task<IActionResult> Print([FromQuery(Name = "team")] ResultsTeams teams, [FromQuery(Name = "fra")] DateOnly? from,
        [FromQuery(Name = "til")] DateOnly? to, [FromServices] PrintOutput output, [FromServices] IOptions<PrintOptions> options,
        [FromServices] Application.Common.Time.IDanishClock clock, bool pdf = false)
    {
        if (await outcomes.ReportAsync(teams, from, to, HttpContext.RequestAborted) is not { } report) return NotFound();
        var model = new OutcomesPageModel(report);
        var page = PrintPage.ForOrganisation("Resultater", OutcomesPageModel.Title, model.PeriodText, options.Value.Municipality, pdf,
            model.PrintUrl, model.PageUrlWithQuery, clock.UtcNow);
        return await output.ViewOrPdfAsync(this, "~/Features/Results/PrintOutcomes.cshtml", page, model, PrintOutput.FileName("Resultater-borgere", null, clock.UtcNow));
    }

    /// <summary>The citizens behind one figure of a team the user leads; a manager leads none, so it is 404 for them.</summary>
    [HttpGet("resultater/borgere/teams/{teamId}/liste")]
    public async Task<IActionResult> List(LedTeam teamId, [FromQuery(Name = "maaling")] string? instrument, [FromQuery(Name = "gruppe")] string? band,
        [FromQuery(Name = "fra")] DateOnly? from, [FromQuery(Name = "til")] DateOnly? to)
        => await outcomes.ListAsync(teamId, instrument ?? "", band ?? "", from, to, HttpContext.RequestAborted) is { } list
            ? View("~/Features/Results/OutcomeList.cshtml", list)
            : NotFound();
}

/// <summary>The results-for-citizens page: the report and the addresses its links need.</summary>
public sealed record OutcomesPageModel(CitizenOutcomeReport Report)
{
    public const string Title = "Resultater for borgerne";

    public string PeriodQuery => $"fra={Report.Period.From:yyyy-MM-dd}&til={Report.Period.To:yyyy-MM-dd}";

    public string CsvUrl => $"{CitizenOutcomesController.PageUrl}/csv?{PeriodQuery}" + (Report.SelectedTeam is { } t ? $"&team={t}" : "");

    private string TeamQuery => Report.SelectedTeam is { } t ? $"&team={t}" : "";

    public string PrintUrl => $"{CitizenOutcomesController.PageUrl}/udskrift?{PeriodQuery}{TeamQuery}";

    public string PageUrlWithQuery => $"{CitizenOutcomesController.PageUrl}?{PeriodQuery}{TeamQuery}";

    public string PeriodText => $"periode {Hosting.DanishFormat.Date(Report.Period.From)} – {Hosting.DanishFormat.Date(Report.Period.To)}"
        + (Report.Teams.Count == 1 ? $", {Report.Teams[0].Name}" : $", {Report.Teams.Count} teams");

    public string XlsxUrl => $"{CitizenOutcomesController.PageUrl}/xlsx?{PeriodQuery}" + (Report.SelectedTeam is { } t ? $"&team={t}" : "");

    public string? ListUrl(ShownRow row, OutcomeInstrument instrument, int band)
        => row is { IsTotal: false, TeamId: { } team } && Report.LedTeams.Contains(team)
            ? $"{CitizenOutcomesController.PageUrl}/teams/{team}/liste?maaling={instrument.Code}&gruppe={OutcomeInstruments.Bands[band]}&{PeriodQuery}"
            : null;
}
