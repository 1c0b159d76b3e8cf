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
    IAccessScope scope, Application.Engines.CitizenEngines engines) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int page = 1)
        => View(new CitizenSearchModel(q, await queries.SearchAsync(q, page, HttpContext.RequestAborted)));

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details([FromRoute] Guid id, int page = 1)
    {
        var citizen = await queries.OpenAsync(id, HttpContext.RequestAborted);
        if (citizen is null) return NotFound();
        await courses.MarkSeenAsync(citizen, HttpContext.RequestAborted);
        return View(new CitizenPageModel(citizen, page, await engines.ForAsync(citizen, HttpContext.RequestAborted)));
    }

    /// <summary>Shows the full CPR number once; the request is audited.</summary>
    [HttpPost("{id:guid}/vis-cpr")]
    public async Task<IActionResult> RevealCpr([FromRoute] Guid id)
    {
        var citizen = await queries.OpenAsync(id, HttpContext.RequestAborted);
        if (citizen is null) return NotFound();
        var cpr = await queries.RevealCprAsync(citizen, HttpContext.RequestAborted);
        return View(nameof(Details), new CitizenPageModel(citizen, 1, await engines.ForAsync(citizen, HttpContext.RequestAborted), RevealedCpr: cpr));
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
    public async Task<IActionResult> Edit([FromRoute] Guid id)
    {
        var citizen = await scope.CitizenAsync(id, HttpContext.RequestAborted);
        if (citizen is null) return NotFound();
        var form = await citizens.GetFormAsync(citizen, HttpContext.RequestAborted);
        return View(new CitizenFormModel(form.Input, await TeamOptionsAsync(), id, form.MaskedCpr, form.AddressHidden));
    }

    [HttpPost("{id:guid}/rediger")]
    public async Task<IActionResult> Edit([FromRoute] Guid id, [FromForm(Name = "Input")] CitizenInput input)
    {
        var citizen = await scope.CitizenAsync(id, HttpContext.RequestAborted);
        if (citizen is null) return NotFound();
        if (ModelState.IsValid && ModelState.AddErrors(await citizens.UpdateAsync(citizen, input, HttpContext.RequestAborted), "Input"))
        {
            TempData["Status"] = "Ændringerne er gemt.";
            return Redirect($"/borgere/{id}");
        }
        var context = await citizens.FormContextAsync(citizen, HttpContext.RequestAborted);
        return View(new CitizenFormModel(input, await TeamOptionsAsync(), id, context.MaskedCpr, context.AddressHidden));
    }

    [HttpGet("{id:guid}/cpr")]
    public async Task<IActionResult> ChangeCpr([FromRoute] Guid id)
    {
        var citizen = await scope.CitizenAsync(id, HttpContext.RequestAborted);
        if (citizen is null) return NotFound();
        var context = await citizens.FormContextAsync(citizen, HttpContext.RequestAborted);
        return View(new CprChangeModel(id, citizen.Name, context.MaskedCpr, new CprChangeInput { Version = context.Version }));
    }

    [HttpPost("{id:guid}/cpr")]
    public async Task<IActionResult> ChangeCpr([FromRoute] Guid id, [FromForm(Name = "Input")] CprChangeInput input)
    {
        var citizen = await scope.CitizenAsync(id, HttpContext.RequestAborted);
        if (citizen is null) return NotFound();
        if (ModelState.IsValid && ModelState.AddErrors(await citizens.ChangeCprAsync(citizen, input, HttpContext.RequestAborted), "Input"))
        {
            TempData["Status"] = "CPR-nummeret er rettet. Rettelsen er logget.";
            return Redirect($"/borgere/{id}");
        }
        var context = await citizens.FormContextAsync(citizen, HttpContext.RequestAborted);
        return View(new CprChangeModel(id, citizen.Name, context.MaskedCpr, input));
    }

    private async Task<IReadOnlyList<SelectListItem>> TeamOptionsAsync()
        => (await citizens.OwnTeamsAsync(HttpContext.RequestAborted)).Select(t => new SelectListItem(t.Name, t.Id.ToString())).ToList();
}
