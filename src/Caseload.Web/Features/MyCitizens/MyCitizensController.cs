using Caseload.Application.Board;
using Caseload.Application.Outreach;
using Caseload.Domain.Outreach;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.MyCitizens;

/// <summary>The worker's citizens and, for outreach citizens, each one's next open deadline.</summary>
public sealed record MyCitizensModel(IReadOnlyList<MyCitizen> Citizens,
    IReadOnlyDictionary<Guid, (DeadlineKind Kind, DateOnly Due, int WorkingDaysLeft)> NextDeadlines);

/// <summary>"Mine borgere": the worker's own active citizens, the most urgent first.</summary>
[Authorize(Policy = Policies.CitizenRecords)]
public sealed class MyCitizensController(CaseloadBoard board, DeadlineList deadlines) : Controller
{
    [HttpGet("mine-borgere")]
    public async Task<IActionResult> Index()
    {
        var ct = HttpContext.RequestAborted;
        return View(new MyCitizensModel(await board.MineAsync(ct), await deadlines.NextForMyCitizensAsync(ct)));
    }
}
