using Caseload.Application.DropIn;
using Caseload.Application.Security;
using Caseload.Domain.DropIn;
using Caseload.Web.Hosting;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.DropIn;

public sealed record DropInIndexModel(IReadOnlyList<CentreListRow> Centres, CentreInput Input);

public sealed record CentrePageModel(CentreView Centre, ScheduleInput Input, AbsenceInput Absence, ActivityInput? Activity = null, SessionInput? Session = null,
    Guid? SessionActivityId = null);

/// <summary>Drop-in centres (issue #15 item 8): the centre, the outreach workers' fixed presence, absences, and the
/// "who is here when" page a centre hangs on its wall. Managers, team leaders and the administrator keep them (ADR 0030).</summary>
[Authorize(Policy = Policies.Organisation)]
[Route("vaeresteder")]
public sealed class DropInController(DropInService centres) : Controller
{
    public const int BlankPresences = 3;

    private CancellationToken Ct => HttpContext.RequestAborted;

    [HttpGet("")]
    public async Task<IActionResult> Index() => View("Index", new DropInIndexModel(await centres.ListAsync(Ct), new CentreInput()));

    [HttpPost("ny")]
    public async Task<IActionResult> Create([FromForm(Name = "Input")] CentreInput input)
    {
        if (ModelState.IsValid)
        {
            var result = await centres.CreateAsync(input, Ct);
            if (ModelState.AddErrors(result, "Input"))
            {
                TempData["Status"] = "Værestedet er oprettet. Tilføj de faste tider.";
                return Redirect($"/vaeresteder/{result.Value}");
            }
        }
        return View("Index", new DropInIndexModel(await centres.ListAsync(Ct), input));
    }

    [HttpGet("{centreId:guid}")]
    public async Task<IActionResult> Centre(OwnRecord<DropInCentre> centre)
        => await centres.CentreAsync(centre, Ct) is { } c ? Page(c, InputOf(c), new AbsenceInput()) : NotFound();

    [HttpPost("{centreId:guid}")]
    public async Task<IActionResult> Centre(OwnRecord<DropInCentre> centre, [FromForm(Name = "Input")] ScheduleInput input)
    {
        if (ModelState.IsValid && ModelState.AddErrors(await centres.SaveAsync(centre, input, Ct), "Input"))
        {
            TempData["Status"] = "Værestedet og de faste tider er gemt.";
            return Redirect($"/vaeresteder/{centre.Id}");
        }
        return await centres.CentreAsync(centre, Ct) is { } c ? Page(c, input, new AbsenceInput()) : NotFound();
    }

    [HttpPost("{centreId:guid}/fravaer")]
    public async Task<IActionResult> AddAbsence(OwnRecord<DropInCentre> centre, [FromForm(Name = "Absence")] AbsenceInput absence)
    {
        if (ModelState.IsValid && ModelState.AddErrors(await centres.AddAbsenceAsync(centre, absence, Ct), "Absence"))
        {
            TempData["Status"] = "Fraværet er registreret.";
            return Redirect($"/vaeresteder/{centre.Id}#fravaer");
        }
        return await centres.CentreAsync(centre, Ct) is { } c ? Page(c, InputOf(c), absence) : NotFound();
    }

    [HttpPost("{centreId:guid}/fravaer/{absenceId:guid}/slet")]
    public async Task<IActionResult> RemoveAbsence(OwnRecord<DropInCentre> centre, [FromRoute] Guid absenceId)
    {
        var result = await centres.RemoveAbsenceAsync(centre, absenceId, Ct);
        TempData["Status"] = result.Succeeded ? "Fraværet er slettet." : ModelState.ErrorText(result);
        return Redirect($"/vaeresteder/{centre.Id}#fravaer");
    }

    [HttpPost("{centreId:guid}/aktiviteter")]
    public async Task<IActionResult> AddActivity(OwnRecord<DropInCentre> centre, [FromForm(Name = "Activity")] ActivityInput activity)
    {
        if (ModelState.IsValid && ModelState.AddErrors(await centres.AddActivityAsync(centre, activity, Ct), "Activity"))
        {
            TempData["Status"] = "Gruppeaktiviteten er oprettet.";
            return Redirect($"/vaeresteder/{centre.Id}#aktiviteter");
        }
        return await centres.CentreAsync(centre, Ct) is { } c ? Page(c, InputOf(c), new AbsenceInput(), activity) : NotFound();
    }

    [HttpPost("{centreId:guid}/aktiviteter/{activityId:guid}/gange")]
    public async Task<IActionResult> AddSession(OwnRecord<DropInCentre> centre, [FromRoute] Guid activityId, [FromForm(Name = "Session")] SessionInput session)
    {
        if (ModelState.IsValid && ModelState.AddErrors(await centres.AddSessionAsync(centre, activityId, session, Ct), "Session"))
        {
            TempData["Status"] = "Fremmødet er registreret.";
            return Redirect($"/vaeresteder/{centre.Id}#aktivitet-{activityId}");
        }
        return await centres.CentreAsync(centre, Ct) is { } c ? Page(c, InputOf(c), new AbsenceInput(), null, session, activityId) : NotFound();
    }

    [HttpPost("{centreId:guid}/aktiviteter/{activityId:guid}/gange/{sessionId:guid}/slet")]
    public async Task<IActionResult> RemoveSession(OwnRecord<DropInCentre> centre, [FromRoute] Guid activityId, [FromRoute] Guid sessionId)
    {
        var result = await centres.RemoveSessionAsync(centre, activityId, sessionId, Ct);
        TempData["Status"] = result.Succeeded ? "Gangen er slettet." : ModelState.ErrorText(result);
        return Redirect($"/vaeresteder/{centre.Id}#aktivitet-{activityId}");
    }

    /// <summary>"Hvem er her hvornår": the next two weeks, first names, roles and times only — for the centre's wall.</summary>
    [HttpGet("{centreId:guid}/hvem-er-her")]
    public async Task<IActionResult> WhoIsHere(OwnRecord<DropInCentre> centre)
        => await centres.CentreAsync(centre, Ct) is { } c ? View("WhoIsHere", c) : NotFound();

    private ViewResult Page(CentreView c, ScheduleInput input, AbsenceInput absence, ActivityInput? activity = null, SessionInput? session = null,
        Guid? sessionActivityId = null)
    {
        Shared.FormRows.WithBlanks(input.Presences, p => p.Id == Guid.Empty && string.IsNullOrEmpty(p.WorkerId), () => new PresenceInput(), BlankPresences);
        return View("Centre", new CentrePageModel(c, input, absence, activity, session, sessionActivityId));
    }

    private static ScheduleInput InputOf(CentreView c) => new()
    {
        Version = c.Version,
        Centre = new CentreInput { Name = c.Name, Address = c.Address, OpeningHours = c.OpeningHours, ConfidentialRoom = c.ConfidentialRoom },
        Presences = [.. c.Presences.Select(p => new PresenceInput { Id = p.Id, Day = p.Day, From = p.From, To = p.To, WorkerId = p.WorkerId, Role = p.Role })],
    };
}
