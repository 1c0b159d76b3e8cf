using Caseload.Application.Board;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.MyCitizens;

/// <summary>"Mine borgere": the worker's own active citizens, the most urgent first.</summary>
[Authorize(Policy = Policies.CitizenRecords)]
public sealed class MyCitizensController(CaseloadBoard board) : Controller
{
    [HttpGet("mine-borgere")]
    public async Task<IActionResult> Index() => View(await board.MineAsync(HttpContext.RequestAborted));
}
