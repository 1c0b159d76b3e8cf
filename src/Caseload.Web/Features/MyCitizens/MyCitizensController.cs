using Caseload.Application.Board;
using Caseload.Application.Engines;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.MyCitizens;

/// <summary>The worker's citizens and each one's next open deadline, whatever engine it comes from (ADR 0023).</summary>
public sealed record MyCitizensModel(IReadOnlyList<MyCitizen> Citizens, IReadOnlyDictionary<Guid, EngineDeadline> NextDeadlines, DateOnly Today);

/// <summary>All open deadlines of the worker's citizens, soonest first.</summary>
public sealed record MyDeadlinesModel(IReadOnlyList<MyCitizen> Citizens, IReadOnlyList<EngineDeadline> Deadlines, DateOnly Today);

/// <summary>"Mine borgere": the worker's own active citizens, the most urgent first; "Frister": their open deadlines.</summary>
[Authorize(Policy = Policies.CitizenRecords)]
public sealed class MyCitizensController(CaseloadBoard board, Deadlines deadlines, Application.Common.Time.IDanishClock clock) : Controller
{
    [HttpGet("mine-borgere")]
    public async Task<IActionResult> Index()
    {
        var ct = HttpContext.RequestAborted;
        var mine = await board.MineAsync(ct);
        return View(new MyCitizensModel(mine, await deadlines.NextForCitizensAsync([.. mine.Select(c => c.CitizenId)], ct), clock.Today));
    }

    [HttpGet("frister")]
    public async Task<IActionResult> Deadlines()
    {
        var ct = HttpContext.RequestAborted;
        var mine = await board.MineAsync(ct);
        return View("~/Features/MyCitizens/Deadlines.cshtml",
            new MyDeadlinesModel(mine, await deadlines.ForCitizensAsync([.. mine.Select(c => c.CitizenId)], ct), clock.Today));
    }
}
