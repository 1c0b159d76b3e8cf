using Caseload.Application.NetworkMaps;
using Caseload.Application.Security;
using Caseload.Web.Hosting;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.NetworkMaps;

/// <summary>The citizen's network map: the picture with its text alternative, the form, and the comparison of two versions.
/// Reads open the record through the audited path.</summary>
[Authorize(Policy = Policies.CitizenRecords)]
[Route("borgere/{id:guid}/netvaerkskort")]
public sealed class NetworkMapsController(NetworkMapService maps, NetworkMapQueries queries) : Controller
{
    private CancellationToken Ct => HttpContext.RequestAborted;

    [HttpGet("")]
    public async Task<IActionResult> Map([OpensRecord("Netværkskort")] ScopedCitizen citizen, [FromQuery] bool initialer = false)
    {
        return citizen is null ? NotFound() : View("Map", new NetworkMapPageModel(await queries.MapAsync(citizen, Ct), initialer));
    }

    [HttpGet("rediger")]
    public async Task<IActionResult> Edit([OpensRecord("Netværkskort (redigering)")] ScopedCitizen citizen)
    {
        if (!citizen.MayChangeCourseWork) return NotFound();
        var map = await queries.MapAsync(citizen, Ct);
        return View("Edit", new NetworkMapEditModel(map, NetworkMapEditModel.InputOf(map)));
    }

    [HttpPost("rediger")]
    public async Task<IActionResult> Edit(ScopedCitizen citizen, [FromForm(Name = "Input")] NetworkMapInput input)
    {
        var result = ModelState.IsValid ? await maps.SaveAsync(citizen, input, Ct) : null;
        if (result is not null && ModelState.AddErrors(result, "Input"))
        {
            TempData["Status"] = result.Unchanged ? "Der var ingen ændringer, så netværkskortet er ikke gemt som en ny version." : "Netværkskortet er gemt som en ny version.";
            return Redirect($"/borgere/{citizen.Id}/netvaerkskort");
        }
        input.Persons = NetworkMapEditModel.WithBlankRows(input.Persons);
        var map = await queries.MapAsync(citizen, Ct);
        var conflict = result?.IsConflict == true;
        if (conflict)
        {
            input.Version = map.Version ?? Guid.Empty;
            ModelState.Remove("Input.Version"); // the hidden field shows the saved version, not the one typed over
        }
        return View("Edit", new NetworkMapEditModel(map, input, conflict));
    }

    [HttpGet("sammenlign")]
    public async Task<IActionResult> Compare([OpensRecord("Netværkskort (sammenligning)")] ScopedCitizen citizen, [FromQuery] int fra, [FromQuery] int til, [FromQuery] bool initialer = false)
    {
        var comparison = await queries.CompareAsync(citizen, fra, til, Ct);
        return comparison is null ? NotFound() : View("Compare", (comparison, initialer));
    }
}
