using Caseload.Application.Board;
using Caseload.Application.Citizens;
using Caseload.Application.Contacts;
using Caseload.Application.Courses;
using Caseload.Web.Hosting;
using Caseload.Web.Models;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Caseload.Web.Areas.Worker.Controllers;

/// <summary>Citizens in the user's teams. Outside scope answers 404, never 403 (it would confirm existence).</summary>
public sealed class CitizensController(
    CitizenQueries queries, CitizenService citizens, ContactLogService contacts, CourseService courses, CaseloadBoard board,
    IValidator<CitizenInput> citizenValidator, IValidator<ContactInput> contactValidator,
    TimeProvider clock)
    : WorkerController
{
    public async Task<IActionResult> Index(string? q, int page = 1)
    {
        ViewData["Query"] = q;
        return View(await queries.SearchAsync(q, page));
    }

    public async Task<IActionResult> Mine() => View(await board.MineAsync());

    public async Task<IActionResult> Details(Guid id, int page = 1)
    {
        var citizen = await queries.GetAsync(id);
        if (citizen is null) return NotFound();
        await courses.MarkSeenAsync(id);
        return View(await PageModelAsync(citizen, page, new ContactInput { OccurredAt = Now() }));
    }

    /// <summary>Shows the full CPR number once; the request is audited.</summary>
    [HttpPost]
    public async Task<IActionResult> RevealCpr(Guid id)
    {
        var cpr = await queries.RevealCprAsync(id);
        if (cpr is null) return NotFound();
        var citizen = await queries.GetAsync(id);
        if (citizen is null) return NotFound();
        ViewData["RevealedCpr"] = cpr;
        return View(nameof(Details), await PageModelAsync(citizen, 1, new ContactInput { OccurredAt = Now() }));
    }

    [HttpPost]
    public async Task<IActionResult> AddContact(Guid id, [Bind(Prefix = "Contact")] ContactInput contact)
    {
        if (await contactValidator.ValidateIntoAsync(contact, ModelState, "Contact"))
        {
            var result = await contacts.AddAsync(id, contact, DanishFormat.Zone);
            if (result is null) return NotFound();
            if (result.Succeeded)
            {
                TempData["Status"] = "Kontakten er gemt i journalen.";
                return RedirectToAction(nameof(Details), new { id });
            }
            ModelState.AddErrors(result, "Contact");
        }
        var citizen = await queries.GetAsync(id);
        if (citizen is null) return NotFound();
        return View(nameof(Details), await PageModelAsync(citizen, 1, contact)); // what was typed is kept
    }

    [HttpGet]
    public async Task<IActionResult> Create()
    {
        var teams = await TeamOptionsAsync();
        if (teams.Count == 0) return NotFound();
        return View(new CitizenFormModel(new CitizenInput { TeamId = Guid.Parse(teams[0].Value) }, teams));
    }

    [HttpPost]
    public async Task<IActionResult> Create(CitizenInput input)
    {
        if (await citizenValidator.ValidateIntoAsync(input, ModelState, "Input"))
        {
            var (result, id) = await citizens.CreateAsync(input);
            if (ModelState.AddErrors(result, "Input"))
            {
                TempData["Status"] = $"{input.Name} er oprettet.";
                return RedirectToAction(nameof(Details), new { id });
            }
        }
        return View(new CitizenFormModel(input, await TeamOptionsAsync()));
    }

    [HttpGet]
    public async Task<IActionResult> Edit(Guid id)
    {
        var input = await citizens.GetInputAsync(id);
        return input is null ? NotFound() : View(new CitizenFormModel(input, await TeamOptionsAsync(), id));
    }

    [HttpPost]
    public async Task<IActionResult> Edit(Guid id, CitizenInput input)
    {
        if (await citizenValidator.ValidateIntoAsync(input, ModelState, "Input"))
        {
            var result = await citizens.UpdateAsync(id, input);
            if (result is null) return NotFound();
            if (ModelState.AddErrors(result, "Input"))
            {
                TempData["Status"] = "Ændringerne er gemt.";
                return RedirectToAction(nameof(Details), new { id });
            }
        }
        else if (await citizens.GetInputAsync(id) is null)
        {
            return NotFound();
        }
        return View(new CitizenFormModel(input, await TeamOptionsAsync(), id));
    }

    private async Task<CitizenPageModel> PageModelAsync(CitizenDetails citizen, int page, ContactInput contact)
    {
        var workers = citizen.CurrentUserLeadsTeam ? await courses.WorkersOfTeamAsync(citizen.TeamId) : [];
        return new CitizenPageModel(citizen, await contacts.PageAsync(citizen.Id, page), contact, workers);
    }

    private async Task<IReadOnlyList<SelectListItem>> TeamOptionsAsync()
        => (await citizens.OwnTeamsAsync()).Select(t => new SelectListItem(t.Name, t.Id.ToString())).ToList();

    /// <summary>Danish local time now, to the minute: the default for a new contact.</summary>
    private DateTime Now()
    {
        var n = DanishFormat.ToLocal(clock.GetUtcNow().UtcDateTime);
        return new DateTime(n.Year, n.Month, n.Day, n.Hour, n.Minute, 0, DateTimeKind.Unspecified);
    }

}
