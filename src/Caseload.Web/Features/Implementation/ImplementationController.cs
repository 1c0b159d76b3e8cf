using Caseload.Application.Implementation;
using Caseload.Application.Security;
using Caseload.Domain.Implementation;
using Caseload.Domain.Teams;
using Caseload.Web.Features.Printing;
using Caseload.Web.Hosting;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Caseload.Web.Features.Implementation;

public sealed record ImplementationIndexModel(IReadOnlyList<ProjectListRow> Projects, NewProjectInput Input);

public sealed record PlanFormModel(ProjectView Project, PlanInput Input);

/// <summary>Implementing a method (issue #15): the projects, a project's phase and checklists, its implementation plan
/// (activities and role table) and the plan as print view and PDF. Managers and team leaders.</summary>
[Authorize(Policy = Policies.Implementation)]
[Route("implementering")]
public sealed class ImplementationController(ImplementationService implementation) : Controller
{
    public const int BlankActivities = 3;
    public const int BlankRoles = 2;

    private CancellationToken Ct => HttpContext.RequestAborted;

    [HttpGet("")]
    public async Task<IActionResult> Index()
        => View("Index", new ImplementationIndexModel(await implementation.ListAsync(Ct), new NewProjectInput { Phase = ImplementationPhase.Decide }));

    [HttpPost("ny")]
    public async Task<IActionResult> Create([FromForm(Name = "Input")] NewProjectInput input)
    {
        if (ModelState.IsValid)
        {
            var result = await implementation.CreateAsync(input, Ct);
            if (ModelState.AddErrors(result, "Input"))
            {
                TempData["Status"] = "Implementeringsprojektet er oprettet.";
                return Redirect($"/implementering/{result.Value}");
            }
        }
        return View("Index", new ImplementationIndexModel(await implementation.ListAsync(Ct), input));
    }

    [HttpGet("{projectId:guid}")]
    public async Task<IActionResult> Project(OwnRecord<ImplementationProject> project)
        => await implementation.ProjectAsync(project, Ct) is { } p ? View("Project", p) : NotFound();

    [HttpPost("{projectId:guid}/fase")]
    public async Task<IActionResult> MoveTo(OwnRecord<ImplementationProject> project, [FromForm] ImplementationPhase? phase, [FromForm] bool confirm = false)
        => await After(project, ModelState.IsValid ? await implementation.MoveToAsync(project, phase, confirm, Ct) : null, "Fasen er skiftet.");

    [HttpPost("{projectId:guid}/tjekliste")]
    public async Task<IActionResult> Tick(OwnRecord<ImplementationProject> project, [FromForm] ImplementationPhase phase, [FromForm] int number, [FromForm] bool done,
        [FromForm] string? note)
        => await After(project, ModelState.IsValid ? await implementation.TickAsync(project, phase, number, done, note, Ct) : null,
            done ? "Punktet er krydset af." : "Krydset er fjernet.", $"#tjekliste-{phase}");

    [HttpGet("{projectId:guid}/plan")]
    public async Task<IActionResult> Plan(OwnRecord<ImplementationProject> project)
        => await implementation.ProjectAsync(project, Ct) is { } p ? View("Plan", new PlanFormModel(p, WithBlanks(InputOf(p)))) : NotFound();

    [HttpPost("{projectId:guid}/plan")]
    public async Task<IActionResult> Plan(OwnRecord<ImplementationProject> project, [FromForm(Name = "Input")] PlanInput input)
    {
        if (ModelState.IsValid && ModelState.AddErrors(await implementation.SavePlanAsync(project, input, Ct), "Input"))
        {
            TempData["Status"] = "Implementeringsplanen er gemt.";
            return Redirect($"/implementering/{project.Id}");
        }
        return await implementation.ProjectAsync(project, Ct) is { } p ? View("Plan", new PlanFormModel(p, WithBlanks(input))) : NotFound();
    }

    /// <summary>The implementation plan as print view or PDF — the document managers print for their management group.</summary>
    [HttpGet("{projectId:guid}/udskrift")]
    public async Task<IActionResult> Print(OwnRecord<ImplementationProject> project, [FromServices] PrintOutput output, [FromServices] IOptions<PrintOptions> options,
        [FromServices] Application.Common.Time.IDanishClock clock, bool pdf = false)
    {
        if (await implementation.ProjectAsync(project, Ct) is not { } p) return NotFound();
        await implementation.RecordPrintAsync(p, pdf, Ct);
        var title = $"Implementeringsplan – {p.Method.Danish()}";
        var page = PrintPage.ForOrganisation(p.Unit, title, p.SavedAt is { } at ? $"gemt {DanishFormat.Time(at)}" : "ikke gemt", options.Value.Municipality, pdf,
            Request.Path, $"/implementering/{project.Id}", clock.UtcNow);
        return await output.ViewOrPdfAsync(this, "~/Features/Printing/ImplementationPlan.cshtml", page, p,
            PrintOutput.FileName($"Implementeringsplan-{p.Method.Danish().Replace(' ', '-')}", null, clock.UtcNow)); // "ACT", as it is written
    }

    private async Task<IActionResult> After(OwnRecord<ImplementationProject> project, Application.Common.Result? result, string done, string anchor = "")
    {
        if (result is null || !result.Succeeded)
        {
            if (result is not null) ModelState.AddErrors(result);
            return await implementation.ProjectAsync(project, Ct) is { } p ? View("Project", p) : NotFound();
        }
        TempData["Status"] = done;
        return Redirect($"/implementering/{project.Id}{anchor}");
    }

    private static PlanInput InputOf(ProjectView p) => new()
    {
        Version = p.Version,
        Activities = [.. p.Activities.Select(a => new ActivityInput
        {
            Id = a.Id, FocusArea = a.FocusArea, Activity = a.Activity, Responsible = a.Responsible, Deadline = a.Deadline, Status = a.Status, FollowUp = a.FollowUp,
        })],
        Roles = [.. p.Roles.Select(r => new RoleInput { Id = r.Id, Level = r.Level, Role = r.Role, Responsibility = r.Responsibility })],
    };

    private static PlanInput WithBlanks(PlanInput input)
    {
        Shared.FormRows.WithBlanks(input.Activities, a => a.Id == Guid.Empty && string.IsNullOrWhiteSpace(a.Activity), () => new ActivityInput(), BlankActivities);
        Shared.FormRows.WithBlanks(input.Roles, r => r.Id == Guid.Empty && string.IsNullOrWhiteSpace(r.Role), () => new RoleInput(), BlankRoles);
        return input;
    }
}
