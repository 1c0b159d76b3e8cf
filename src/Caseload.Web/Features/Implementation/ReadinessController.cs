using Caseload.Application.Common.Time;
using Caseload.Application.Implementation;
using Caseload.Application.Security;
using Caseload.Domain.Implementation;
using Caseload.Web.Hosting;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Implementation;

public sealed record ReadinessPageModel(ReadinessView View, ReadinessInput Input);

/// <summary>Readiness assessments of an implementation project (bilag 1a): the latest beside the one before, and a new one.</summary>
[Authorize(Policy = Policies.Implementation)]
[Route("implementering/{projectId:guid}/parathed")]
public sealed class ReadinessController(ReadinessService readiness, IDanishClock clock) : Controller
{
    private CancellationToken Ct => HttpContext.RequestAborted;

    [HttpGet("")]
    public async Task<IActionResult> Index(OwnRecord<ImplementationProject> project)
        => await readiness.ForProjectAsync(project, Ct) is { } v ? View("Readiness", new ReadinessPageModel(v, Prefilled(v))) : NotFound();

    [HttpPost("")]
    public async Task<IActionResult> Add(OwnRecord<ImplementationProject> project, [FromForm(Name = "Input")] ReadinessInput input)
    {
        if (ModelState.IsValid)
        {
            var result = await readiness.AddAsync(project, input, Ct);
            if (ModelState.AddErrors(result, "Input"))
            {
                TempData["Status"] = "Parathedsvurderingen er gemt.";
                return Redirect($"/implementering/{project.Id}/parathed");
            }
        }
        return await readiness.ForProjectAsync(project, Ct) is { } v ? View("Readiness", new ReadinessPageModel(v, input)) : NotFound();
    }

    /// <summary>A new assessment starts from the latest one's text (what changed is then easy to write), dated today.</summary>
    private ReadinessInput Prefilled(ReadinessView v)
    {
        var input = ReadinessInput.Blank(clock.Today);
        if (v.Latest is { } latest)
            foreach (var d in input.Drivers)
                if (latest.Drivers.FirstOrDefault(x => x.Driver == d.Driver) is { } was)
                    (d.Strengths, d.Weaknesses, d.Opportunities, d.Threats, d.Score, d.Justification) =
                        (was.Strengths, was.Weaknesses, was.Opportunities, was.Threats, was.Score, was.Justification);
        return input;
    }
}
