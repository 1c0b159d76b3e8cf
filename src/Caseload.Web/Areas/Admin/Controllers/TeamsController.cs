using Caseload.Application.Teams;
using Caseload.Web.Hosting;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Areas.Admin.Controllers;

/// <summary>Teams: name, method and caseload limit. Members are set per user (Brugere).</summary>
public sealed class TeamsController(TeamAdministration teams, IValidator<TeamInput> validator) : AdminController
{
    public async Task<IActionResult> Index() => View(await teams.ListAsync());

    [HttpGet]
    public IActionResult Create() => View(new TeamInput());

    [HttpPost]
    public async Task<IActionResult> Create(TeamInput input)
    {
        if (!await validator.ValidateIntoAsync(input, ModelState) || !ModelState.AddErrors(await teams.CreateAsync(input))) return View(input);
        TempData["Status"] = $"Teamet {input.Name} er oprettet. Tilføj medlemmer under Brugere.";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public async Task<IActionResult> Edit(Guid id)
    {
        var input = await teams.GetAsync(id);
        return input is null ? NotFound() : View(input);
    }

    [HttpPost]
    public async Task<IActionResult> Edit(Guid id, TeamInput input)
    {
        if (await validator.ValidateIntoAsync(input, ModelState))
        {
            var result = await teams.UpdateAsync(id, input);
            if (result is null) return NotFound();
            if (ModelState.AddErrors(result))
            {
                TempData["Status"] = "Teamet er gemt.";
                return RedirectToAction(nameof(Index));
            }
        }
        return View(input);
    }
}
