using Caseload.Application.Citizens;
using Caseload.Application.Courses;
using Caseload.Application.Security;
using Caseload.Web.Hosting;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Caseload.Web.Features.Citizens;

/// <summary>Citizens in the user's teams: search, the citizen page, create and edit. Outside the access scope
/// answers 404, never 403 (it would confirm existence). Ids come from the route only.</summary>
[Authorize(Policy = Policies.CitizenRecords)]
[Route("borgere")]
public sealed class CitizensController(CitizenQueries queries, CitizenService citizens, CourseService courses,
    IAccessScope scope) : Controller
{
    /// <summary>"Opret borger" only for a member of a team: a citizen belongs to a team, so without one the form is a 404.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int page = 1)
        => View(new CitizenSearchModel(q, await queries.SearchAsync(q, page, HttpContext.RequestAborted),
            CanCreate: (await scope.TeamIdsAsync(HttpContext.RequestAborted)).Count > 0));

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details([OpensRecord("Borgerens sag")] ScopedCitizen citizen, int page = 1)
    {
        await courses.MarkSeenAsync(citizen, HttpContext.RequestAborted);
        return View(new CitizenPageModel(citizen, page, citizen.Engines));
    }

    /// <summary>Shows the full CPR number once; the request is audited.</summary>
    [HttpPost("{id:guid}/vis-cpr")]
    public async Task<IActionResult> RevealCpr([OpensRecord("CPR-nummer")] ScopedCitizen citizen)
    {
        var cpr = await queries.RevealCprAsync(citizen, HttpContext.RequestAborted);
        return View(nameof(Details), new CitizenPageModel(citizen, 1, citizen.Engines, RevealedCpr: cpr));
    }

    [HttpGet("ny")]
    public async Task<IActionResult> Create()
    {
        var teams = await TeamOptionsAsync();
        if (teams.Count == 0) return NotFound();
        return View(new CitizenFormModel(new CitizenInput { TeamId = Guid.Parse(teams[0].Value) }, teams));
    }

    [HttpPost("ny")]
    public async Task<IActionResult> Create([FromForm(Name = "Input")] CitizenInput input)
    {
        if (ModelState.IsValid)
        {
            var result = await citizens.CreateAsync(input, HttpContext.RequestAborted);
            if (ModelState.AddErrors(result, "Input"))
            {
                TempData["Status"] = $"{input.Name} er oprettet.";
                return Redirect($"/borgere/{result.Value}");
            }
        }
        return View(new CitizenFormModel(input, await TeamOptionsAsync()));
    }

    [HttpGet("{id:guid}/rediger")]
    public async Task<IActionResult> Edit(ScopedCitizen citizen)
    {
        var form = await citizens.GetFormAsync(citizen, HttpContext.RequestAborted);
        return View(new CitizenFormModel(form.Input, await TeamOptionsAsync(), citizen.Id, form.MaskedCpr, form.AddressHidden));
    }

    [HttpPost("{id:guid}/rediger")]
    public async Task<IActionResult> Edit(ScopedCitizen citizen, [FromForm(Name = "Input")] CitizenInput input)
    {
        if (ModelState.IsValid && ModelState.AddErrors(await citizens.UpdateAsync(citizen, input, HttpContext.RequestAborted), "Input"))
        {
            TempData["Status"] = "Ændringerne er gemt.";
            return Redirect($"/borgere/{citizen.Id}");
        }
        var context = await citizens.FormContextAsync(citizen, HttpContext.RequestAborted);
        return View(new CitizenFormModel(input, await TeamOptionsAsync(), citizen.Id, context.MaskedCpr, context.AddressHidden));
    }

    [HttpGet("{id:guid}/cpr")]
    public async Task<IActionResult> ChangeCpr(ScopedCitizen citizen)
    {
        var context = await citizens.FormContextAsync(citizen, HttpContext.RequestAborted);
        return View(new CprChangeModel(citizen.Id, citizen.Name, context.MaskedCpr, new CprChangeInput { Version = context.Version }));
    }

    [HttpPost("{id:guid}/cpr")]
    public async Task<IActionResult> ChangeCpr(ScopedCitizen citizen, [FromForm(Name = "Input")] CprChangeInput input)
    {
        if (ModelState.IsValid && ModelState.AddErrors(await citizens.ChangeCprAsync(citizen, input, HttpContext.RequestAborted), "Input"))
        {
            TempData["Status"] = "CPR-nummeret er rettet. Rettelsen er logget.";
            return Redirect($"/borgere/{citizen.Id}");
        }
        var context = await citizens.FormContextAsync(citizen, HttpContext.RequestAborted);
        return View(new CprChangeModel(citizen.Id, citizen.Name, context.MaskedCpr, input));
    }

    private async Task<IReadOnlyList<SelectListItem>> TeamOptionsAsync()
        => (await citizens.OwnTeamsAsync(HttpContext.RequestAborted)).Select(t => new SelectListItem(t.Name, t.Id.ToString())).ToList();
}
