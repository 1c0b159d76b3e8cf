using Caseload.Application.ActionPlans;
using Caseload.Application.Security;
using Caseload.Web.Features.Results;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

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
            ? View("~/Features/Results/Results.cshtml", new ResultsPageModel(Title, "ACT", PageUrl, page))
            : NotFound();

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
