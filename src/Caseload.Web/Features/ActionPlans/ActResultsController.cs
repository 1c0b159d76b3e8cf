using Caseload.Application.ActionPlans;
using Caseload.Application.Security;
using Caseload.Web.Features.Printing;
using Caseload.Web.Features.Results;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Caseload.Web.Features.ActionPlans;

/// <summary>ACT's results and fidelity page (issue #29): team leaders see the teams they lead, managers all ACT teams.</summary>
[Authorize(Policy = Policies.Implementation)]
public sealed class ActResultsController(ActResults results) : Controller
{
    private const string PageUrl = "/resultater/act";
    private const string Title = "Resultater og metodetroskab – ACT";

    [HttpGet("resultater/act")]
    public async Task<IActionResult> Index([FromQuery(Name = "team")] ResultsTeams teams, [FromQuery(Name = "fra")] DateOnly? from,
        [FromQuery(Name = "til")] DateOnly? to)
        => await results.ReportAsync(teams, from, to, HttpContext.RequestAborted) is { } page
            ? View("~/Features/Results/Results.cshtml", Model(page))
            : NotFound();

    private static ResultsPageModel Model(Application.Results.FidelityPage page)
    {
        var model = new ResultsPageModel(Title, "ACT", PageUrl, page);
        return model with { XlsxUrl = $"{PageUrl}/xlsx?{model.Query}", PrintUrl = $"{PageUrl}/udskrift?{model.Query}", ReviewsUrl = $"{PageUrl}/vurderinger" };
    }

    /// <summary>The page as an Excel workbook: the same rows as the CSV.</summary>
    [HttpGet("resultater/act/xlsx")]
    public async Task<IActionResult> Xlsx([FromQuery(Name = "team")] ResultsTeams teams, [FromQuery(Name = "fra")] DateOnly? from,
        [FromQuery(Name = "til")] DateOnly? to)
        => await results.ReportAsync(teams, from, to, HttpContext.RequestAborted) is { } page
            ? File(ResultsXlsx.Write("ACT", ResultsCsv.FidelityRows(page.Report)), ResultsXlsx.ContentType, "resultater-act.xlsx")
            : NotFound();

    /// <summary>The page's tables as a print view, or a PDF through the same renderer as the other documents (ADR 0018).</summary>
    [HttpGet("resultater/act/udskrift")]
    public async Task<IActionResult> Print([FromQuery(Name = "team")] ResultsTeams teams, [FromQuery(Name = "fra")] DateOnly? from,
        [FromQuery(Name = "til")] DateOnly? to, [FromServices] PrintOutput output, [FromServices] IOptions<PrintOptions> options,
        [FromServices] Application.Common.Time.IDanishClock clock, bool pdf = false)
    {
        if (await results.ReportAsync(teams, from, to, HttpContext.RequestAborted) is not { } found) return NotFound();
        var model = Model(found);
        var page = PrintPage.ForOrganisation("ACT", Title, model.PeriodText, options.Value.Municipality, pdf,
            $"{PageUrl}/udskrift?{model.Query}", $"{PageUrl}?{model.Query}", clock.UtcNow);
        return await output.ViewOrPdfAsync(this, "~/Features/Results/PrintResults.cshtml", page, model, PrintOutput.FileName("Resultater-ACT", null, clock.UtcNow));
    }

    /// <summary>The page as CSV: the same cells, as shown (value, score, each team, each month).</summary>
    [HttpGet("resultater/act/csv")]
    public async Task<IActionResult> Csv([FromQuery(Name = "team")] ResultsTeams teams, [FromQuery(Name = "fra")] DateOnly? from,
        [FromQuery(Name = "til")] DateOnly? to)
        => await results.ReportAsync(teams, from, to, HttpContext.RequestAborted) is { } page
            ? File(ResultsCsv.Fidelity(page.Report), ResultsCsv.ContentType, "resultater-act.csv")
            : NotFound();

    [HttpGet("resultater/act/definitioner")]
    public IActionResult Definitions()
        => View("~/Features/Results/Definitions.cshtml", new DefinitionsPageModel("Definitioner – ACT-resultater og metodetroskab", "ACT", PageUrl, ActFidelityItems.All));
}
