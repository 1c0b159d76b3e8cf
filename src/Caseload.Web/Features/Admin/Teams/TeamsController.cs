using Caseload.Application.Security;
using Caseload.Application.Teams;
using Caseload.Domain.Teams;
using Caseload.Web.Hosting;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Admin.Teams;

/// <summary>Teams: name, method and caseload limit. Members are set per user (Brugere).</summary>
[Authorize(Policy = Policies.Admin)]
[Route("admin/teams")]
public sealed class TeamsController(TeamAdministration teams) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await teams.ListAsync(HttpContext.RequestAborted));

    [HttpGet("ny")]
    public IActionResult Create() => View(new TeamInput());

    [HttpPost("ny")]
    public async Task<IActionResult> Create([FromForm] TeamInput input)
    {
        if (!ModelState.IsValid || !ModelState.AddErrors(await teams.CreateAsync(input, HttpContext.RequestAborted))) return View(input);
        TempData["Status"] = $"Teamet {input.Name} er oprettet. Tilføj medlemmer under Brugere.";
        return Redirect("/admin/teams");
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Edit(OwnRecord<Team> team)
    {
        var input = await teams.GetAsync(team, HttpContext.RequestAborted);
        return input is null ? NotFound() : View(input);
    }

    [HttpPost("{id:guid}")]
    public async Task<IActionResult> Edit(OwnRecord<Team> team, [FromForm] TeamInput input)
    {
        if (ModelState.IsValid)
        {
            var result = await teams.UpdateAsync(team, input, HttpContext.RequestAborted);
            if (result is null) return NotFound();
            if (ModelState.AddErrors(result))
            {
                TempData["Status"] = "Teamet er gemt.";
                return Redirect("/admin/teams");
            }
        }
        else if (await teams.GetAsync(team, HttpContext.RequestAborted) is null)
        {
            return NotFound();
        }
        return View(input);
    }
}
