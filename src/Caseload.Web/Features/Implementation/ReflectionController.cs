using Caseload.Application.Implementation;
using Caseload.Application.Security;
using Caseload.Domain.Implementation;
using Caseload.Web.Features.Printing;
using Caseload.Web.Hosting;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Caseload.Web.Features.Implementation;

public sealed record ReflectionIndexModel(ProjectListRow Project, IReadOnlyList<ReflectionDayRow> Days, DateOnly? HeldOn);

public sealed record ReflectionDayPageModel(ReflectionDayView Day, ReflectionDayInput Input);

/// <summary>Reflection days of an implementation project (bilag 1f, issue #15 item 6): the guide with the system's figures,
/// the minutes, and actions added to the implementation plan.</summary>
[Authorize(Policy = Policies.Implementation)]
[Route("implementering/{projectId:guid}/refleksion")]
public sealed class ReflectionController(ReflectionService reflection, Application.Common.Time.IDanishClock clock) : Controller
{
    public const int BlankActions = 3;

    private CancellationToken Ct => HttpContext.RequestAborted;

    [HttpGet("")]
    public async Task<IActionResult> Index(OwnRecord<ImplementationProject> project)
        => await reflection.ListAsync(project, Ct) is { } l ? View("Reflection", new ReflectionIndexModel(l.Project, l.Days, clock.Today)) : NotFound();

    [HttpPost("ny")]
    public async Task<IActionResult> Create(OwnRecord<ImplementationProject> project, [FromForm] DateOnly? heldOn)
    {
        if (ModelState.IsValid)
        {
            var result = await reflection.CreateAsync(project, heldOn, Ct);
            if (ModelState.AddErrors(result))
            {
                TempData["Status"] = "Refleksionsdagen er oprettet med dagens tal fra systemet.";
                return Redirect($"/implementering/{project.Id}/refleksion/{result.Value}");
            }
        }
        return await reflection.ListAsync(project, Ct) is { } l ? View("Reflection", new ReflectionIndexModel(l.Project, l.Days, heldOn)) : NotFound();
    }

    [HttpGet("{dayId:guid}")]
    public async Task<IActionResult> Day(OwnRecord<ImplementationProject> project, [FromRoute] Guid dayId)
        => await reflection.DayAsync(project, dayId, Ct) is { } d ? Page(d, InputOf(d)) : NotFound();

    [HttpPost("{dayId:guid}")]
    public async Task<IActionResult> Day(OwnRecord<ImplementationProject> project, [FromRoute] Guid dayId, [FromForm(Name = "Input")] ReflectionDayInput input)
    {
        if (ModelState.IsValid && ModelState.AddErrors(await reflection.SaveAsync(project, dayId, input, Ct), "Input"))
        {
            TempData["Status"] = "Refleksionsdagen er gemt.";
            return Redirect($"/implementering/{project.Id}/refleksion/{dayId}");
        }
        return await reflection.DayAsync(project, dayId, Ct) is { } d ? Page(d, input) : NotFound();
    }

    [HttpPost("{dayId:guid}/til-plan")]
    public async Task<IActionResult> AddToPlan(OwnRecord<ImplementationProject> project, [FromRoute] Guid dayId, [FromForm] Guid actionId)
    {
        var result = await reflection.AddToPlanAsync(project, dayId, actionId, Ct);
        TempData["Status"] = result.Succeeded ? "Handlingen er føjet til implementeringsplanen." : ModelState.ErrorText(result);
        return Redirect($"/implementering/{project.Id}/refleksion/{dayId}#handlinger");
    }

    [HttpGet("{dayId:guid}/udskrift")]
    public async Task<IActionResult> Print(OwnRecord<ImplementationProject> project, [FromRoute] Guid dayId, [FromServices] PrintOutput output,
        [FromServices] IOptions<PrintOptions> options, bool pdf = false)
    {
        if (await reflection.DayAsync(project, dayId, Ct) is not { } d) return NotFound();
        await reflection.RecordPrintAsync(d, pdf, Ct);
        var page = PrintPage.ForOrganisation(d.Project.Unit, $"Refleksionsdag {DanishFormat.Date(d.HeldOn)}", $"gemt {DanishFormat.Time(d.SavedAt)}",
            options.Value.Municipality, pdf, Request.Path, $"/implementering/{project.Id}/refleksion/{dayId}", clock.UtcNow);
        return await output.ViewOrPdfAsync(this, "~/Features/Printing/ReflectionDay.cshtml", page, d, PrintOutput.FileName("Refleksionsdag", null, clock.UtcNow));
    }

    private ViewResult Page(ReflectionDayView d, ReflectionDayInput input)
    {
        Shared.FormRows.WithBlanks(input.Actions, a => a.Id == Guid.Empty && string.IsNullOrWhiteSpace(a.Action), () => new ReflectionActionInput(), BlankActions);
        return View("ReflectionDay", new ReflectionDayPageModel(d, input));
    }

    private static ReflectionDayInput InputOf(ReflectionDayView d) => new()
    {
        HeldOn = d.HeldOn, Purpose = d.Purpose, Agenda = d.Agenda, Documentation = d.Documentation, Questions = d.Questions, LearningPoints = d.LearningPoints,
        Version = d.Version,
        Actions = [.. d.Actions.Select(a => new ReflectionActionInput { Id = a.Id, Action = a.Action, Responsible = a.Responsible, Deadline = a.Deadline })],
    };
}
