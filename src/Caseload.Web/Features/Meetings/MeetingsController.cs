using Caseload.Application.Meetings;
using Caseload.Application.Security;
using Caseload.Web.Hosting;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Meetings;

/// <summary>Coordinating meetings (udrettedagsorden): one page per meeting that is invitation, agenda and minutes; sending
/// the invitation (.ics attached) and the minutes; tasks marked done from the owner's start page. Reads are audited.</summary>
[Authorize(Policy = Policies.CitizenRecords)]
[Route("borgere/{id:guid}/koordinerende-moeder")]
public sealed class MeetingsController(MeetingService meetings, MeetingQueries queries,
    Application.Common.IUserDirectory users) : Controller
{
    public const int BlankParticipants = 2;
    public const int BlankAgendaItems = 2;
    public const int BlankTasks = 2;

    private CancellationToken Ct => HttpContext.RequestAborted;

    [HttpGet("ny")]
    public Task<IActionResult> New([OpensRecord("Koordinerende møde (nyt)")] ScopedCitizen citizen) => Show(citizen, null);

    [HttpGet("{meetingId:guid}")]
    public Task<IActionResult> Meeting([OpensRecord("Koordinerende møde")] ScopedCitizen citizen, [FromRoute] Guid meetingId) => Show(citizen, meetingId);

    [HttpPost("ny")]
    public Task<IActionResult> New(ScopedCitizen citizen, [FromForm(Name = "Input")] MeetingInput input) => Save(citizen, null, input);

    [HttpPost("{meetingId:guid}")]
    public Task<IActionResult> Meeting(ScopedCitizen citizen, [FromRoute] Guid meetingId, [FromForm(Name = "Input")] MeetingInput input)
        => Save(citizen, meetingId, input);

    [HttpPost("{meetingId:guid}/invitation")]
    public async Task<IActionResult> SendInvitation(ScopedCitizen citizen, [FromRoute] Guid meetingId)
    {
        var sent = await meetings.SendInvitationAsync(citizen, meetingId, Ct);
        return await AfterSend(citizen, meetingId, sent, "Invitationen med kalenderfil er sendt til");
    }

    [HttpPost("{meetingId:guid}/referat")]
    public async Task<IActionResult> SendMinutes(ScopedCitizen citizen, [FromRoute] Guid meetingId)
    {
        var sent = await meetings.SendMinutesAsync(citizen, meetingId, Ct);
        return await AfterSend(citizen, meetingId, sent, "Referatet er sendt til");
    }

    /// <summary>From the start page (or the meeting): the task is done; back to where the user came from.</summary>
    [HttpPost("{meetingId:guid}/opgaver/{taskId:guid}/udfoert")]
    public async Task<IActionResult> TaskDone(ScopedCitizen citizen, [FromRoute] Guid meetingId, [FromRoute] Guid taskId, [FromForm] string? returnUrl)
    {
        var result = await meetings.MarkTaskDoneAsync(citizen, meetingId, taskId, Ct);
        TempData["Status"] = result.Succeeded ? "Opgaven er markeret som udført." : ModelState.ErrorText(result);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : $"/borgere/{citizen.Id}/koordinerende-moeder/{meetingId}");
    }

    private async Task<IActionResult> AfterSend(ScopedCitizen citizen, Guid meetingId, Application.Common.Result<MailOutcome> sent, string sentText)
    {
        if (!ModelState.AddErrors(sent) || sent.Value is not { } outcome)
        {
            var view = await queries.MeetingAsync(citizen, meetingId, Ct);
            return view is null ? NotFound() : View("Meeting", new MeetingPage(WithBlanks(view)));
        }
        TempData["Status"] = $"{sentText} {string.Join(", ", outcome.SentTo)}."
            + (outcome.NotSent.Count > 0 ? $" Ikke sendt til {string.Join(", ", outcome.NotSent)} (ingen e-mailadresse eller afvist) — giv dem besked på anden vis." : "");
        return Redirect($"/borgere/{citizen.Id}/koordinerende-moeder/{meetingId}");
    }

    private async Task<IActionResult> Show(ScopedCitizen citizen, Guid? meetingId)
    {
        var view = await queries.MeetingAsync(citizen, meetingId, Ct);
        if (view is null || (meetingId is null && !view.MayChange)) return NotFound();
        return View("Meeting", new MeetingPage(WithBlanks(view)));
    }

    private async Task<IActionResult> Save(ScopedCitizen citizen, Guid? meetingId, MeetingInput input)
    {
        Application.Common.Result<Guid>? result = null;
        if (ModelState.IsValid)
        {
            result = await meetings.SaveAsync(citizen, meetingId, input, Ct);
            if (ModelState.AddErrors(result, "Input"))
            {
                TempData["Status"] = "Mødet er gemt.";
                return Redirect($"/borgere/{citizen.Id}/koordinerende-moeder/{result.Value}");
            }
        }
        var view = await queries.MeetingAsync(citizen, meetingId, Ct);
        if (view is null) return NotFound();
        Shared.ConflictPanelModel? conflict = null;
        if (result?.IsConflict == true)
        {
            // Side by side with the saved version; the form now carries it, so saving again replaces it knowingly.
            var team = view.OwnerNames;
            var by = view.SavedBy is null ? null : (await users.NamesAsync([view.SavedBy], Ct)).GetValueOrDefault(view.SavedBy);
            conflict = Shared.ConflictPanelModel.Between(MeetingPage.Fields(input, team), MeetingPage.Fields(view.Input, team), by, view.SavedAt);
            input.Version = view.Input.Version;
        }
        return View("Meeting", new MeetingPage(WithBlanks(view with { Input = input }), conflict));
    }

    private static MeetingView WithBlanks(MeetingView view)
    {
        var input = view.Input;
        Shared.FormRows.WithBlanks(input.Participants, p => p.Id == Guid.Empty && string.IsNullOrWhiteSpace(p.Name), () => new ParticipantInput(), BlankParticipants);
        Shared.FormRows.WithBlanks(input.Agenda, a => a.Id == Guid.Empty && string.IsNullOrWhiteSpace(a.Topic), () => new AgendaItemInput(), BlankAgendaItems);
        Shared.FormRows.WithBlanks(input.Tasks, t => t.Id == Guid.Empty && string.IsNullOrWhiteSpace(t.Description), () => new MeetingTaskInput(), BlankTasks);
        return view;
    }
}
