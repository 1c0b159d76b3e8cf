using Caseload.Application.Teams;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Areas.Manager.Controllers;

/// <summary>The manager's overview: aggregate figures per team, no citizen details.</summary>
[Area("Manager")]
[Authorize(Policy = Policies.Manager)]
public sealed class HomeController(TeamFigures figures) : Controller
{
    public async Task<IActionResult> Index() => View(await figures.PerTeamAsync());
}
