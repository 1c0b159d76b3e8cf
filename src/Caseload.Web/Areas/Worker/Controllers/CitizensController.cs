using Caseload.Application.Citizens;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Areas.Worker.Controllers;

/// <summary>Citizens in the user's teams. Outside scope answers 404, never 403 (it would confirm existence).</summary>
public sealed class CitizensController(CitizenQueries queries) : WorkerController
{
    public async Task<IActionResult> Index(string? q, int page = 1)
    {
        ViewData["Query"] = q;
        return View(await queries.SearchAsync(q, page));
    }

    public async Task<IActionResult> Details(Guid id)
    {
        var citizen = await queries.GetAsync(id);
        return citizen is null ? NotFound() : View(citizen);
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
        return View(nameof(Details), citizen);
    }
}
