using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Security;
using Caseload.Domain.Citizens;
using Caseload.Domain.Common;
using Caseload.Domain.Meetings;
using Caseload.Domain.NetworkMaps;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Meetings;

/// <summary>The citizen as the udrettedagsorden's head shows them (a secret address only to the assigned workers).</summary>
public sealed record MeetingCitizen(string Name, string? Address, DateOnly? DateOfBirth, string Whereabouts);

/// <summary>Where the meeting stands: invitation and minutes sent, the minutes' deadline, the last day for extra points.</summary>
public sealed record MeetingState(DateTime? InvitationSentAt, int InvitationCount, DateTime? MinutesSentAt, DateOnly MinutesDueOn,
    DateOnly ExtraPointsUntil, bool Held)
{
    public bool MinutesOverdue(DateOnly today) => Held && MinutesSentAt is null && today > MinutesDueOn;
}

/// <summary><see cref="SavedBy"/> (a user id) and <see cref="SavedAt"/>: the last save, for the conflict view.</summary>
public sealed record MeetingView(ScopedCitizen Citizen, Guid? Id, MeetingCitizen Head, DateOnly Today, MeetingInput Input,
    IReadOnlyList<NetworkPerson> MapPersons, IReadOnlyList<TeamContact> Team, MeetingState State, string? SavedBy = null, DateTime? SavedAt = null)
{
    public bool MayChange => Citizen.MayChangeCourseWork;
    public int AgendaMinutes => Input.Agenda.Sum(a => a.Minutes ?? 0);

    /// <summary>The meeting's length in minutes as planned (start to end), or null when either is missing.</summary>
    public int? PlannedMinutes => Input.StartsAt is { } s && Input.EndsAt is { } e && e > s ? (int)(e - s).TotalMinutes : null;

    /// <summary>Who may own a task, by owner id: the team, then the citizen, then the meeting's participants by name.</summary>
    public IReadOnlyList<(string Id, string Name)> TaskOwners =>
    [
        .. Team.Select(t => (t.UserId, t.Name)),
        (TaskOwner.Citizen, TaskOwner.NameOf(TaskOwner.Citizen, Head.Name)!),
        .. Input.Participants.Select(p => p.Name?.Trim()).OfType<string>().Where(n => n.Length > 0 && n != Head.Name)
            .Distinct(StringComparer.OrdinalIgnoreCase).Select(n => (TaskOwner.Participant(n), n)),
    ];

    public IReadOnlyDictionary<string, string> OwnerNames => TaskOwners.DistinctBy(o => o.Id).ToDictionary(o => o.Id, o => o.Name);
}

public sealed record MeetingListRow(Guid Id, DateOnly Date, TimeOnly StartsAt, bool InvitationSent, bool MinutesSent);

/// <summary>Reads of a coordinating meeting as its form.</summary>
public sealed class MeetingQueries(ICaseloadDbContext db, IDanishClock clock, WorkingDayCalendar calendar, IUserDirectory users, ICurrentUser me)
{
    public const int DefaultWorkingDaysAhead = 5;

    /// <summary>The meeting as its form; a new one (<paramref name="meetingId"/> null) comes with the standard agenda, the
    /// citizen as first participant and the current user in the chair. Null when the meeting is not the citizen's.</summary>
    public async Task<MeetingView?> MeetingAsync(ScopedCitizen citizen, Guid? meetingId, CancellationToken ct = default)
    {
        var today = clock.Today;
        var found = await db.Citizens.AsNoTracking().Where(c => c.Id == citizen.Id)
            .Select(c => new
            {
                c.Name, c.Address, c.SecretAddress, c.Cpr, c.Email, c.Whereabouts,
                Persons = db.NetworkMaps.Where(m => m.CitizenId == c.Id).Select(m => m.PersonsJson).FirstOrDefault(),
            })
            .FirstAsync(ct);
        var head = new MeetingCitizen(found.Name, found.SecretAddress && !citizen.MaySeeSecretAddress ? "Hemmelig adresse" : found.Address,
            found.Cpr?.DateOfBirth, found.Whereabouts.Danish());
        var persons = found.Persons is null ? [] : NetworkMap.PersonsOf(found.Persons);
        var team = await users.TeamContactsAsync(citizen.TeamId, ct);
        if (meetingId is null)
        {
            var input = NewInput(found.Name, found.Email, head.Whereabouts, team, calendar.AddWorkingDays(today, DefaultWorkingDaysAhead));
            return new MeetingView(citizen, null, head, today, input, persons, team, StateOf(input.Date!.Value, null, 0, null, today));
        }
        var m = await db.CoordinatingMeetings.AsNoTracking().Include(x => x.Tasks)
            .FirstOrDefaultAsync(x => x.Id == meetingId && x.CitizenId == citizen.Id, ct);
        return m is null ? null
            : new MeetingView(citizen, m.Id, head, today, InputOf(m), persons, team, StateOf(m.Date, m.InvitationSentAt, m.InvitationCount, m.MinutesSentAt, today),
                m.UpdatedBy ?? m.CreatedBy, m.UpdatedAt ?? m.CreatedAt);
    }

    private MeetingState StateOf(DateOnly date, DateTime? invited, int count, DateTime? minutes, DateOnly today)
        => new(invited, count, minutes, calendar.AddWorkingDays(date, CoordinatingMeeting.MinutesWorkingDays),
            CoordinatingMeeting.ExtraPointsUntilFor(date), date <= today);

    private MeetingInput NewInput(string name, string? email, string whereabouts, IReadOnlyList<TeamContact> team, DateOnly date)
    {
        var chair = team.FirstOrDefault(t => t.UserId == me.UserId);
        return new MeetingInput
        {
            Date = date, StartsAt = new TimeOnly(10, 0), EndsAt = new TimeOnly(11, 0), ChairId = chair?.UserId, ChairPhone = chair?.Phone,
            CitizenEmail = email, CitizenWhereabouts = whereabouts,
            Participants = [new ParticipantInput { Name = name, Role = "Borger", Email = email }],
            Agenda = StandardAgendaWithOwnPoints(),
        };
    }

    /// <summary>The standard points with two blank rows for the meeting's own points at 5 and 6 (blank rows are dropped on save).</summary>
    private static List<AgendaItemInput> StandardAgendaWithOwnPoints()
    {
        var rows = StandardAgenda.Items().Select(a => new AgendaItemInput { Topic = a.Topic, Responsible = a.Responsible, Purpose = a.Purpose, Minutes = a.Minutes }).ToList();
        rows.InsertRange(StandardAgenda.OwnPointsFrom - 1, [new AgendaItemInput { Minutes = 10 }, new AgendaItemInput { Minutes = 10 }]);
        for (var i = 0; i < rows.Count; i++) rows[i].Number = i + 1;
        return rows;
    }

    public static MeetingInput InputOf(CoordinatingMeeting m) => new()
    {
        Date = m.Date, StartsAt = m.StartsAt, EndsAt = m.EndsAt, Place = m.Place, ChairId = m.ChairId, ChairPhone = m.ChairPhone,
        MinuteTakerName = m.MinuteTakerName, MinuteTakerPhone = m.MinuteTakerPhone, MinuteTakerEmail = m.MinuteTakerEmail,
        CitizenWhereabouts = m.CitizenWhereabouts, CitizenEmail = m.CitizenEmail,
        Participants = [.. m.Participants.Select(p => new ParticipantInput { Id = p.Id, Name = p.Name, Role = p.Role, Email = p.Email, Phone = p.Phone, SentApologies = p.SentApologies })],
        Agenda = [.. m.Agenda.Select((a, i) => new AgendaItemInput
        {
            Id = a.Id, Number = i + 1, Topic = a.Topic, Responsible = a.Responsible, Purpose = a.Purpose, Minutes = a.Minutes, Decision = a.Decision,
            WhoDoesWhat = a.WhoDoesWhat, ProposedBy = a.ProposedBy,
        })],
        Tasks = [.. m.Tasks.OrderBy(t => t.DueOn).ThenBy(t => t.CreatedAt).ThenBy(t => t.Description, StringComparer.Ordinal).Select(t => new MeetingTaskInput
        {
            Id = t.Id, Description = t.Description, OwnerId = t.OwnerId, DueOn = t.DueOn, AgendaNumber = t.AgendaNumber, Done = t.IsDone,
        })],
        Version = m.Version,
    };
}
