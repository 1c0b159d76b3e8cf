using Caseload.Application.Implementation;
using Caseload.Application.Security;
using Caseload.Domain.Implementation;
using Caseload.Web.Hosting;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Implementation;

public sealed record TrainingPageModel(TrainingView View, TrainingInput Input);

/// <summary>The training plan of an implementation project (bilag 1b): modules, attendance per member, hours per member.</summary>
[Authorize(Policy = Policies.Implementation)]
[Route("implementering/{projectId:guid}/uddannelse")]
public sealed class TrainingController(TrainingPlanService training) : Controller
{
    public const int BlankModules = 2;

    private CancellationToken Ct => HttpContext.RequestAborted;

    [HttpGet("")]
    public async Task<IActionResult> Index(OwnRecord<ImplementationProject> project)
        => await training.TrainingAsync(project, Ct) is { } v ? Page(v, InputOf(v)) : NotFound();

    [HttpPost("")]
    public async Task<IActionResult> Save(OwnRecord<ImplementationProject> project, [FromForm(Name = "Input")] TrainingInput input)
    {
        if (ModelState.IsValid && ModelState.AddErrors(await training.SaveAsync(project, input, Ct), "Input"))
        {
            TempData["Status"] = "Uddannelsesplanen er gemt.";
            return Redirect($"/implementering/{project.Id}/uddannelse");
        }
        return await training.TrainingAsync(project, Ct) is { } v ? Page(v, input) : NotFound();
    }

    private ViewResult Page(TrainingView v, TrainingInput input)
    {
        Shared.FormRows.WithBlanks(input.Modules, m => m.Id == Guid.Empty && string.IsNullOrWhiteSpace(m.Topic), () => new ModuleInput(), BlankModules);
        return View("Training", new TrainingPageModel(v, input));
    }

    private static TrainingInput InputOf(TrainingView v) => new()
    {
        Version = v.Version,
        Modules = [.. v.Modules.Select(m => new ModuleInput
        {
            Id = m.Id, Topic = m.Topic, Content = m.Content, Dates = m.Dates, Participants = m.Participants, Hours = m.Hours, Attended = [.. m.Attended],
        })],
    };
}
