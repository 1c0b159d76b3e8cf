using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Security;
using Caseload.Domain.Meetings;
using Caseload.Domain.NetworkMaps;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Caseload.Application.Meetings;

/// <summary>Who a mail reached and who it did not (no e-mail address, or the mail server refused it).</summary>
public sealed record MailOutcome(IReadOnlyList<string> SentTo, IReadOnlyList<string> NotSent);

/// <summary>Coordinating meetings: planned and minuted with the citizen by the citizen's workers or the team leader; the
/// invitation (with .ics) and the minutes go out through the mail service; decisions become tasks on owners' start pages.</summary>
public sealed class MeetingService(ICaseloadDbContext db, IDanishClock clock, CommandRunner commands, IValidator<MeetingInput> validator,
    IUserDirectory users, ICurrentUser me, IEmailSender mail, ICalendarInvitations calendars, ILogger<MeetingService> log,
    IEnumerable<Engines.IConsentSource> consents)
{
    public const string NotYoursMessage = "Kun borgerens medarbejdere og teamlederen kan ændre det koordinerende møde.";
    public const string GoneMessage = "Mødet findes ikke længere. Genindlæs siden.";

    public async Task<Result<Guid>> SaveAsync(ScopedCitizen citizen, Guid? meetingId, MeetingInput input, CancellationToken ct = default)
    {
        var team = await users.TeamContactsAsync(citizen.TeamId, ct);
        return await commands.RunAsync(validator, input, async token =>
        {
            if (!citizen.MayChangeCourseWork) return Result.Forbidden(NotYoursMessage);
            CoordinatingMeeting? meeting;
            if (meetingId is { } id)
            {
                meeting = await db.CoordinatingMeetings.Include(m => m.Tasks).FirstOrDefaultAsync(m => m.Id == id && m.CitizenId == citizen.Id, token);
                if (meeting is null) return Result.NotFound(GoneMessage);
                commands.Expect(meeting, input.Version);
            }
            else db.CoordinatingMeetings.Add(meeting = new CoordinatingMeeting(citizen.Id, citizen.TeamId));
            if (input.ChairId is { } chair && team.All(t => t.UserId != chair) && chair != meeting.ChairId)
                return Result.Fail("Vælg en mødeleder fra borgerens team.", nameof(MeetingInput.ChairId));
            var participants = input.Participants.Select(p => new MeetingParticipant(p.Id, p.Name ?? "", p.Role, p.Email, p.Phone, p.SentApologies))
                .Concat(await PickedAsync(citizen, input, team, token)).ToList();
            meeting.Update(new MeetingDetails(input.Date!.Value, input.StartsAt!.Value, input.EndsAt!.Value, input.Place, input.ChairId, input.ChairPhone,
                    input.MinuteTakerName, input.MinuteTakerPhone, input.MinuteTakerEmail, input.CitizenWhereabouts, input.CitizenEmail),
                participants, Ordered(input.Agenda), clock.Today);
            // Owners: the team, the citizen, the meeting's participants (by name) and whoever already owns a task.
            var owners = team.Select(t => t.UserId).Concat(meeting.Tasks.Select(t => t.OwnerId)).Append(TaskOwner.Citizen)
                .Concat(participants.Where(p => !string.IsNullOrWhiteSpace(p.Name)).Select(p => TaskOwner.Participant(p.Name))).ToHashSet();
            meeting.SetTasks(input.Tasks.Select(t => new MeetingTaskRow(t.Id, t.Description, string.IsNullOrEmpty(t.OwnerId) ? null : t.OwnerId, t.DueOn,
                t.AgendaNumber, t.Done)), owners, clock.Today);
            return Result.Success(meeting.Id);
        }, ct);
    }

    /// <summary>Sends the invitation with its .ics to every participant with an address who has not sent apologies, then
    /// records it. Mail goes out before the record (never inside the transaction): a slow mail server holds no lock.</summary>
    public Task<Result<MailOutcome>> SendInvitationAsync(ScopedCitizen citizen, Guid meetingId, CancellationToken ct = default)
        => SendAsync(citizen, meetingId, invitation: true, ct);

    /// <summary>Sends the minutes to every participant with an address (apologies included), then records it.</summary>
    public Task<Result<MailOutcome>> SendMinutesAsync(ScopedCitizen citizen, Guid meetingId, CancellationToken ct = default)
        => SendAsync(citizen, meetingId, invitation: false, ct);

    /// <summary>A task marked done by its owner or by whoever may change the citizen's course work.</summary>
    public async Task<Result> MarkTaskDoneAsync(ScopedCitizen citizen, Guid meetingId, Guid taskId, CancellationToken ct = default)
        => await commands.RunAsync(async token =>
        {
            var task = await db.MeetingTasks.FirstOrDefaultAsync(t => t.Id == taskId && t.MeetingId == meetingId && t.CitizenId == citizen.Id, token);
            if (task is null) return Result.NotFound("Opgaven findes ikke længere. Genindlæs siden.");
            if (task.OwnerId != me.UserId && !citizen.MayChangeCourseWork) return Result.Forbidden("Kun den ansvarlige og borgerens medarbejdere kan markere opgaven som udført.");
            task.MarkDone(clock.Today);
            return Result.Ok;
        }, ct);

    private async Task<Result<MailOutcome>> SendAsync(ScopedCitizen citizen, Guid meetingId, bool invitation, CancellationToken ct)
    {
        if (!citizen.MayChangeCourseWork) return Result.Forbidden(NotYoursMessage);
        var m = await db.CoordinatingMeetings.AsNoTracking().Include(x => x.Tasks).FirstOrDefaultAsync(x => x.Id == meetingId && x.CitizenId == citizen.Id, ct);
        if (m is null) return Result.NotFound(GoneMessage);
        var today = clock.Today;
        if (invitation && m.Date < today) return Result.Fail("Mødet er holdt. Send referatet i stedet for en invitation.");
        if (!invitation && m.Date > today) return Result.Fail($"Referatet kan først sendes, når mødet er holdt ({m.Date:dd-MM-yyyy}).");
        var team = await users.TeamContactsAsync(citizen.TeamId, ct);
        var chair = team.FirstOrDefault(t => t.UserId == m.ChairId);
        if (chair?.Email is null) return Result.Fail("Vælg en mødeleder med en e-mailadresse, og gem mødet først.");
        var recipients = m.Participants.Where(p => p.Email is not null && !(invitation && p.SentApologies)).ToList();
        if (recipients.Count == 0)
            return Result.Fail("Ingen af deltagerne har en e-mailadresse. Skriv adresserne under Deltagere, og gem mødet først.");
        if (await UncoveredAsync(citizen, m, recipients, team, today, ct) is { Count: > 0 } uncovered)
            return Result.Fail(ConsentMissing(uncovered, today));

        string subject, body;
        if (invitation)
        {
            subject = MeetingMail.InvitationSubject(m);
            body = MeetingMail.Invitation(m, citizen.Name, chair.Name);
        }
        else
        {
            subject = MeetingMail.MinutesSubject(m);
            var owners = (await users.NamesAsync(m.Tasks.Select(t => t.OwnerId), ct)).ToDictionary();
            foreach (var t in m.Tasks)
                if (TaskOwner.NameOf(t.OwnerId, citizen.Name) is { } other) owners[t.OwnerId] = other;
            body = MeetingMail.Minutes(m, citizen.Name, chair.Name, owners);
        }
        // Each invitation's .ics names only its own recipient: a calendar entry is often visible to colleagues, and the
        // list of who else comes (the citizen among them) stays in the mail.
        IReadOnlyList<MailAttachment> FilesFor(MeetingParticipant r) => !invitation ? [] :
        [
            new MailAttachment("invitation.ics", "text/calendar; method=REQUEST; charset=utf-8", calendars.Request(new CalendarInvite(m.Id,
                m.InvitationCount, m.Date, m.StartsAt, m.EndsAt, MeetingMail.CalendarSummary, m.Place,
                $"Mødeleder: {chair.Name}{(m.ChairPhone is { } p ? $", tlf. {p}" : "")}. Dagsordenen står i mailen.", chair.Name, chair.Email,
                [(r.Name, r.Email!)], clock.UtcNow))),
        ];

        var sent = new List<string>();
        var notSent = m.Participants.Where(p => p.Email is null && !(invitation && p.SentApologies)).Select(p => p.Name).ToList();
        foreach (var r in recipients)
        {
            try
            {
                await mail.SendAsync(r.Email!, subject, body, FilesFor(r), ct);
                sent.Add(r.Name);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Mail for coordinating meeting {MeetingId} was not sent to one recipient", m.Id);
                notSent.Add(r.Name);
            }
        }
        if (sent.Count == 0) return Result.Fail("Mailserveren afviste forsendelsen. Intet er sendt — prøv igen om lidt, eller kontakt IT.");

        var recorded = await commands.RunAsync(async token =>
        {
            var tracked = await db.CoordinatingMeetings.FirstAsync(x => x.Id == m.Id, token);
            if (invitation) tracked.MarkInvitationSent(clock.UtcNow, clock.Today);
            else tracked.MarkMinutesSent(clock.UtcNow, clock.Today);
            return Result.Ok;
        }, ct);
        return recorded.Succeeded ? Result.Success(new MailOutcome(sent, notSent)) : recorded;
    }

    /// <summary>The recipients outside the team — not a member of the citizen's team, not the citizen — whom no consent valid
    /// on <paramref name="on"/> covers (domain.md §6): the invitation and the minutes carry the citizen's name and the
    /// participants, so they do not leave the team without one (issue #27 item 1).</summary>
    private async Task<List<string>> UncoveredAsync(ScopedCitizen citizen, CoordinatingMeeting m, IReadOnlyList<MeetingParticipant> recipients,
        IReadOnlyList<TeamContact> team, DateOnly on, CancellationToken ct)
    {
        bool Inside(MeetingParticipant p)
            => team.Any(t => t.Email is not null && string.Equals(t.Email, p.Email, StringComparison.OrdinalIgnoreCase))
               || (m.CitizenEmail is not null && string.Equals(m.CitizenEmail, p.Email, StringComparison.OrdinalIgnoreCase))
               || string.Equals(p.Name.Trim(), citizen.Name, StringComparison.OrdinalIgnoreCase);
        var outside = recipients.Where(p => !Inside(p)).ToList();
        if (outside.Count == 0) return [];
        var parties = new List<string>();
        foreach (var source in consents) parties.AddRange(await source.PartiesCoveredAsync(citizen, on, ct));
        return [.. outside.Where(p => !Engines.ConsentParties.Cover(parties, p.Name, p.Email, p.Role)).Select(p => p.Role is null ? p.Name : $"{p.Name} ({p.Role})")];
    }

    internal static string ConsentMissing(IReadOnlyList<string> uncovered, DateOnly on)
        => $"Intet er sendt: der er intet gyldigt samtykke den {on:dd-MM-yyyy}, der dækker {(uncovered.Count == 1 ? uncovered[0] : $"{string.Join(", ", uncovered.Take(uncovered.Count - 1))} og {uncovered[^1]}")}. "
           + "Registrér borgerens samtykke til at dele oplysninger med "
           + (uncovered.Count == 1 ? "denne part" : "disse parter") + " (under fremskudt sagsbehandling), eller fjern e-mailadressen fra deltageren.";

    /// <summary>Network-map persons and team members ticked to join, skipping anyone already on the list by name.</summary>
    private async Task<IEnumerable<MeetingParticipant>> PickedAsync(ScopedCitizen citizen, MeetingInput input, IReadOnlyList<TeamContact> team, CancellationToken ct)
    {
        var named = input.Participants.Select(p => p.Name?.Trim()).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var picked = new List<MeetingParticipant>();
        void Add(string name, string? role, string? email, string? phone)
        {
            if (named.Add(name)) picked.Add(new MeetingParticipant(Guid.Empty, name, role, email, phone, false));
        }
        if (input.PickPersons.Count > 0)
        {
            var json = await db.NetworkMaps.Where(m => m.CitizenId == citizen.Id).Select(m => m.PersonsJson).FirstOrDefaultAsync(ct);
            var persons = json is null ? [] : NetworkMap.PersonsOf(json);
            foreach (var p in persons.Where(p => input.PickPersons.Contains(p.Id)))
                Add(p.Name, string.Join(", ", new[] { p.Role, p.Workplace }.Where(x => !string.IsNullOrWhiteSpace(x))) is { Length: > 0 } r ? r : null, null, p.Phone);
        }
        foreach (var t in team.Where(t => input.PickMembers.Contains(t.UserId)))
            Add(t.Name, t.Discipline ?? "Teamet", t.Email, t.Phone);
        return picked;
    }

    /// <summary>The agenda in the order of its numbers. The form numbers its rows 1, 2, 3 …; a point given another number
    /// (moved, or a new row numbered) goes before the point that had that number; an unnumbered point stays where it stands.</summary>
    private static IEnumerable<AgendaItem> Ordered(IReadOnlyList<AgendaItemInput> rows)
        => rows.Select((r, i) => (r, i))
            .OrderBy(x => x.r.Number ?? x.i + 1).ThenBy(x => x.r.Number is { } n && n != x.i + 1 ? 0 : 1).ThenBy(x => x.i)
            .Select(x => new AgendaItem(x.r.Id, x.r.Topic ?? "", x.r.Responsible, x.r.Purpose, x.r.Minutes, x.r.Decision, x.r.WhoDoesWhat, x.r.ProposedBy));
}
