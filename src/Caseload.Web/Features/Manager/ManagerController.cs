using Caseload.Application.Teams;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Manager;

/// <summary>The manager's overview: aggregate figures per team, no citizen details.</summary>
[Authorize(Policy = Policies.Manager)]
public sealed class ManagerController(TeamFigures figures) : Controller
{
    [HttpGet("ledelse")]
    public async Task<IActionResult> Index() => View(await figures.PerTeamAsync(HttpContext.RequestAborted));
}
