using Caseload.Application.Cti;
using Caseload.Application.Security;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Cti;

/// <summary>CTI's fidelity items (issue #29 must-show 3): team leaders their CTI teams, managers all CTI teams; counts only.</summary>
[Authorize(Policy = Policies.Implementation)]
public sealed class CtiResultsController(CtiFidelity fidelity) : Controller
{
    [HttpGet("resultater/cti")]
    public async Task<IActionResult> Index([FromQuery(Name = "team")] ResultsTeams teams, [FromQuery(Name = "fra")] DateOnly? from,
        [FromQuery(Name = "til")] DateOnly? to)
        => await fidelity.ReportAsync(teams, from, to, HttpContext.RequestAborted) is { } report
            ? View("~/Features/Cti/CtiResults.cshtml", report)
            : NotFound();
}
