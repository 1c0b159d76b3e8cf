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

namespace Caseload.Web.Features.RoleDescriptions;

public sealed record RoleDescriptionsIndexModel(IReadOnlyList<RoleDescriptionRow> Descriptions, RoleDescriptionInput Input);

public sealed record RoleDescriptionPageModel(RoleDescriptionView Description, RoleDescriptionInput Input);

/// <summary>Role descriptions (bilag 1d, issue #15 item 5): per method and role, printable, and found from a team member's discipline.</summary>
[Authorize(Policy = Policies.Implementation)]
[Route("rollebeskrivelser")]
public sealed class RoleDescriptionsController(RoleDescriptionService descriptions) : Controller
{
    private CancellationToken Ct => HttpContext.RequestAborted;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] Method? metode, [FromQuery] string? rolle)
        => View("Index", new RoleDescriptionsIndexModel(await descriptions.ListAsync(Ct), new RoleDescriptionInput { Method = metode, Role = rolle }));

    [HttpPost("ny")]
    public async Task<IActionResult> Create([FromForm(Name = "Input")] RoleDescriptionInput input)
    {
        if (ModelState.IsValid)
        {
            var result = await descriptions.CreateAsync(input, Ct);
            if (ModelState.AddErrors(result, "Input"))
            {
                TempData["Status"] = "Rollebeskrivelsen er oprettet. Udfyld formål, opgaver og kompetencer.";
                return Redirect($"/rollebeskrivelser/{result.Value}");
            }
        }
        return View("Index", new RoleDescriptionsIndexModel(await descriptions.ListAsync(Ct), input));
    }

    /// <summary>From a team member's discipline: the description of that role in the method, or the list with a new one started.</summary>
    [HttpGet("find")]
    public async Task<IActionResult> Find([FromQuery] Method metode, [FromQuery] string? rolle)
    {
        var ids = await descriptions.IdsByRoleAsync(metode, Ct);
        if (rolle is not null && ids.TryGetValue(RoleDescription.KeyOf(rolle), out var id)) return Redirect($"/rollebeskrivelser/{id}");
        TempData["Status"] = $"Der er ingen rollebeskrivelse for «{rolle}» i {metode.Danish()} endnu. Opret den her.";
        return Redirect($"/rollebeskrivelser?metode={metode}&rolle={Uri.EscapeDataString(rolle ?? "")}#ny-rollebeskrivelse");
    }

    [HttpGet("{descriptionId:guid}")]
    public async Task<IActionResult> Description(OwnRecord<RoleDescription> description)
        => await descriptions.DescriptionAsync(description, Ct) is { } d ? View("Description", new RoleDescriptionPageModel(d, InputOf(d))) : NotFound();

    [HttpPost("{descriptionId:guid}")]
    public async Task<IActionResult> Description(OwnRecord<RoleDescription> description, [FromForm(Name = "Input")] RoleDescriptionInput input)
    {
        if (ModelState.IsValid && ModelState.AddErrors(await descriptions.SaveAsync(description, input, Ct), "Input"))
        {
            TempData["Status"] = "Rollebeskrivelsen er gemt.";
            return Redirect($"/rollebeskrivelser/{description.Id}");
        }
        return await descriptions.DescriptionAsync(description, Ct) is { } d ? View("Description", new RoleDescriptionPageModel(d, input)) : NotFound();
    }

    [HttpGet("{descriptionId:guid}/udskrift")]
    public async Task<IActionResult> Print(OwnRecord<RoleDescription> description, [FromServices] PrintOutput output, [FromServices] IOptions<PrintOptions> options,
        [FromServices] Application.Common.Time.IDanishClock clock, bool pdf = false)
    {
        if (await descriptions.DescriptionAsync(description, Ct) is not { } d) return NotFound();
        await descriptions.RecordPrintAsync(d, pdf, Ct);
        var page = PrintPage.ForOrganisation(d.Method.Danish(), $"Rollebeskrivelse – {d.Role}", $"gemt {DanishFormat.Time(d.SavedAt)}", options.Value.Municipality,
            pdf, Request.Path, $"/rollebeskrivelser/{description.Id}", clock.UtcNow);
        return await output.ViewOrPdfAsync(this, "~/Features/Printing/RoleDescription.cshtml", page, d,
            PrintOutput.FileName("Rollebeskrivelse", null, clock.UtcNow));
    }

    private static RoleDescriptionInput InputOf(RoleDescriptionView d) => new()
    {
        Method = d.Method, Role = d.Role, Purpose = d.Purpose, Tasks = [.. d.Tasks.Select(t => t.Tasks)],
        ProfessionalCompetences = d.ProfessionalCompetences, PersonalCompetences = d.PersonalCompetences, Version = d.Version,
    };
}
