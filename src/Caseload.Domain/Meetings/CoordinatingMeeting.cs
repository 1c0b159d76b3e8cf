using System.Text.Json;
using Caseload.Domain.Auditing;
using Caseload.Domain.Common;

namespace Caseload.Domain.Meetings;

/// <summary>The meeting's own facts, as the udrettedagsorden's head lists them (domain.md §4).</summary>
public sealed record MeetingDetails(DateOnly Date, TimeOnly StartsAt, TimeOnly EndsAt, string? Place, string? ChairId, string? ChairPhone,
    string? MinuteTakerName, string? MinuteTakerPhone, string? MinuteTakerEmail, string? CitizenWhereabouts, string? CitizenEmail);

/// <summary>A task row as the minutes give it: <see cref="Id"/> empty for a new one.</summary>
public sealed record MeetingTaskRow(Guid Id, string? Description, string? OwnerId, DateOnly? DueOn, int? AgendaNumber, bool Done);

/// <summary>
/// A coordinating meeting (koordinerende møde, domain.md §2.3 steps 10–12 and §4): the udrettedagsorden that serves as
/// invitation, agenda and minutes. Participants are chosen with the citizen; extra points from participants are
/// accepted until 4 days before; the minutes go to everyone within 5 working days; decisions become tasks.
/// </summary>
[AuditedAs(AuditNames.CoordinatingMeeting, "Koordinerende møde")]
public class CoordinatingMeeting : Entity, IAudited, IBelongsToCitizen
{
    public const int ShortMaxLength = 200;
    public const int MaxParticipants = 40;
    public const int MaxAgendaItems = 30;
    public const int MaxTasks = 40;
    public const int ExtraPointsDaysBefore = 4;
    public const int MinutesWorkingDays = 5;
    /// <summary>The method's limit: a coordinating meeting lasts at most an hour (§2.3 step 11). Shown, not enforced.</summary>
    public const int RecommendedMinutes = 60;

    private readonly List<MeetingTask> _tasks = [];

    private CoordinatingMeeting() { ParticipantsJson = AgendaJson = "[]"; }

    public CoordinatingMeeting(Guid citizenId, Guid teamId)
    {
        CitizenId = citizenId;
        TeamId = teamId;
        ParticipantsJson = AgendaJson = "[]";
    }

    public Guid CitizenId { get; private set; }
    public Guid TeamId { get; private set; }
    public DateOnly Date { get; private set; }
    public TimeOnly StartsAt { get; private set; }
    public TimeOnly EndsAt { get; private set; }
    public string? Place { get; private set; }
    /// <summary>The worker who chairs (the FS worker), a user id.</summary>
    public string? ChairId { get; private set; }
    public string? ChairPhone { get; private set; }
    [Personal] public string? MinuteTakerName { get; private set; }
    [Personal] public string? MinuteTakerPhone { get; private set; }
    [Personal] public string? MinuteTakerEmail { get; private set; }
    [Personal] public string? CitizenWhereabouts { get; private set; }
    [Personal] public string? CitizenEmail { get; private set; }
    [Personal] public string ParticipantsJson { get; private set; }
    [Personal] public string AgendaJson { get; private set; }
    public DateTime? InvitationSentAt { get; private set; }
    /// <summary>How many times the invitation went out: the .ics SEQUENCE, so calendars replace the earlier one.</summary>
    public int InvitationCount { get; private set; }
    public DateTime? MinutesSentAt { get; private set; }

    public IReadOnlyCollection<MeetingTask> Tasks => _tasks.AsReadOnly();
    public IReadOnlyList<MeetingParticipant> Participants => JsonRows.Read<MeetingParticipant>(ParticipantsJson);
    public IReadOnlyList<AgendaItem> Agenda => JsonRows.Read<AgendaItem>(AgendaJson);

    /// <summary>The last day a participant's extra agenda point is accepted.</summary>
    public DateOnly ExtraPointsUntil => ExtraPointsUntilFor(Date);
    public static DateOnly ExtraPointsUntilFor(DateOnly meetingDate) => meetingDate.AddDays(-ExtraPointsDaysBefore);

    /// <summary>The day the minutes must have gone to all participants (5 working days after the meeting).</summary>
    public DateOnly MinutesDueOn(WorkingDayCalendar calendar) => calendar.AddWorkingDays(Date, MinutesWorkingDays);

    /// <summary>Saves the head, participants and agenda. A new extra point from a participant (one with <c>ProposedBy</c>)
    /// is refused less than 4 days before the meeting; points already on the agenda stay.</summary>
    public void Update(MeetingDetails d, IEnumerable<MeetingParticipant> participants, IEnumerable<AgendaItem> agenda, DateOnly today)
    {
        if (d.EndsAt <= d.StartsAt) throw new DomainException("Mødet skal slutte efter, det er begyndt.", nameof(EndsAt));
        var people = participants.Select(CleanParticipant).OfType<MeetingParticipant>().ToList();
        if (people.Count > MaxParticipants) throw new DomainException($"Et møde kan højst have {MaxParticipants} deltagere.", "Participants");
        var before = Agenda.Select(a => a.Id).ToHashSet();
        var items = agenda.Select(CleanItem).OfType<AgendaItem>().ToList();
        if (items.Count > MaxAgendaItems) throw new DomainException($"En dagsorden kan højst have {MaxAgendaItems} punkter.", "Agenda");
        if (items.FirstOrDefault(i => i.ProposedBy is not null && !before.Contains(i.Id)) is { } late && today > ExtraPointsUntilFor(d.Date))
            throw new DomainException($"Ekstra punkter fra deltagerne skal være modtaget senest {ExtraPointsDaysBefore} dage før mødet, "
                + $"dvs. {ExtraPointsUntilFor(d.Date):dd-MM-yyyy}. «{Text.Shorten(late.Topic)}» kan tages op under Eventuelt eller på næste møde.", "Agenda");
        Date = d.Date;
        StartsAt = d.StartsAt;
        EndsAt = d.EndsAt;
        Place = Text.Optional(Text.SingleLine(d.Place), ShortMaxLength, nameof(Place), "Stedet");
        ChairId = Text.Clean(d.ChairId);
        ChairPhone = Text.Optional(Text.SingleLine(d.ChairPhone), MeetingParticipant.TextMaxLength, nameof(ChairPhone), "Mødelederens telefon");
        MinuteTakerName = Text.Optional(Text.SingleLine(d.MinuteTakerName), MeetingParticipant.NameMaxLength, nameof(MinuteTakerName), "Referentens navn");
        MinuteTakerPhone = Text.Optional(d.MinuteTakerPhone, MeetingParticipant.TextMaxLength, nameof(MinuteTakerPhone), "Referentens telefon");
        MinuteTakerEmail = Email(d.MinuteTakerEmail, nameof(MinuteTakerEmail), "referenten");
        CitizenWhereabouts = Text.Optional(d.CitizenWhereabouts, ShortMaxLength, nameof(CitizenWhereabouts), "Borgerens nuværende opholdssted");
        CitizenEmail = Email(d.CitizenEmail, nameof(CitizenEmail), "borgeren");
        ParticipantsJson = JsonSerializer.Serialize(people);
        AgendaJson = JsonSerializer.Serialize(items);
    }

    /// <summary>The minutes' tasks: each needs what, an owner from <paramref name="allowedOwners"/> (the citizen's team) and a
    /// due date not before the meeting. A saved task cannot be deleted (nothing is hard-deleted, domain.md §6): mark it done.</summary>
    public void SetTasks(IEnumerable<MeetingTaskRow> rows, IReadOnlySet<string> allowedOwners, DateOnly today)
    {
        var byId = _tasks.ToDictionary(t => t.Id);
        var seen = new HashSet<Guid>();
        foreach (var r in rows)
        {
            var description = Text.Clean(r.Description);
            var known = r.Id != Guid.Empty && byId.ContainsKey(r.Id);
            if (description is null && r.OwnerId is null && r.DueOn is null)
            {
                if (known) throw new DomainException("En gemt opgave kan ikke slettes. Markér den som udført, eller ret teksten.", "Tasks");
                continue;
            }
            if (description is null) throw new DomainException("Skriv hvad opgaven går ud på i hver udfyldt opgaverække.", "Tasks");
            description = Text.Required(description, MeetingTask.DescriptionMaxLength, "Tasks", "", $"Opgaven «{Text.Shorten(description)}»");
            if (r.OwnerId is null || !allowedOwners.Contains(r.OwnerId))
                throw new DomainException($"Vælg hvem der har opgaven «{Text.Shorten(description)}»: en fra teamet, borgeren eller en af mødets deltagere.", "Tasks");
            if (r.DueOn is not { } due) throw new DomainException($"Angiv en frist for opgaven «{Text.Shorten(description)}».", "Tasks");
            if (due < Date) throw new DomainException($"Fristen for «{Text.Shorten(description)}» kan ikke ligge før mødet.", "Tasks");
            if (known)
            {
                var task = byId[r.Id];
                task.Change(description, r.OwnerId, due, r.AgendaNumber);
                if (r.Done && !task.IsDone) task.MarkDone(today);
                else if (!r.Done && task.IsDone) task.Reopen();
                seen.Add(r.Id);
            }
            else
            {
                if (_tasks.Count >= MaxTasks) throw new DomainException($"Et møde kan højst have {MaxTasks} opgaver.", "Tasks");
                var task = new MeetingTask(Id, CitizenId, description, r.OwnerId, due, r.AgendaNumber);
                if (r.Done) task.MarkDone(today);
                _tasks.Add(task);
            }
        }
        if (_tasks.FirstOrDefault(t => byId.ContainsKey(t.Id) && !seen.Contains(t.Id)) is not null)
            throw new DomainException("En gemt opgave kan ikke slettes. Markér den som udført, eller ret teksten.", "Tasks");
    }

    /// <summary>The invitation went out (again): calendars replace the earlier one by the higher sequence.</summary>
    public void MarkInvitationSent(DateTime now, DateOnly today)
    {
        if (Date < today) throw new DomainException("Mødet er holdt. Send referatet i stedet for en invitation.");
        InvitationCount++;
        InvitationSentAt = now;
    }

    public void MarkMinutesSent(DateTime now, DateOnly today)
    {
        if (Date > today) throw new DomainException($"Referatet kan først sendes, når mødet er holdt ({Date:dd-MM-yyyy}).");
        MinutesSentAt = now;
    }

    private static MeetingParticipant? CleanParticipant(MeetingParticipant p)
    {
        var name = Text.SingleLine(p.Name);
        if (name is null && Text.Clean(p.Role) is null && Text.Clean(p.Email) is null && Text.Clean(p.Phone) is null) return null;
        if (name is null) throw new DomainException("Skriv navnet på hver deltager (eller tøm rækken).", "Participants");
        return p with
        {
            Id = p.Id == Guid.Empty ? Guid.NewGuid() : p.Id,
            Name = Text.Required(name, MeetingParticipant.NameMaxLength, "Participants", "", $"Navnet «{Text.Shorten(name)}»"),
            Role = Text.Optional(Text.SingleLine(p.Role), MeetingParticipant.TextMaxLength, "Participants", $"Rollen for {Text.Shorten(name)}"),
            Email = Email(p.Email, "Participants", Text.Shorten(name)),
            Phone = Text.Optional(Text.SingleLine(p.Phone), MeetingParticipant.TextMaxLength, "Participants", $"Telefonnummeret for {Text.Shorten(name)}"),
        };
    }

    private static AgendaItem? CleanItem(AgendaItem a)
    {
        var topic = Text.Clean(a.Topic);
        if (topic is null && Text.Clean(a.Purpose) is null && Text.Clean(a.Decision) is null && Text.Clean(a.WhoDoesWhat) is null) return null;
        if (topic is null) throw new DomainException("Skriv emnet for hvert udfyldt dagsordenspunkt (eller tøm rækken).", "Agenda");
        if (a.Minutes is < 0 or > AgendaItem.MaxMinutes)
            throw new DomainException($"Tiden til «{Text.Shorten(topic)}» skal være mellem 0 og {AgendaItem.MaxMinutes} minutter.", "Agenda");
        return a with
        {
            Id = a.Id == Guid.Empty ? Guid.NewGuid() : a.Id,
            Topic = Text.Required(topic, AgendaItem.TopicMaxLength, "Agenda", "", $"Emnet «{Text.Shorten(topic)}»"),
            Responsible = Text.Optional(a.Responsible, MeetingParticipant.NameMaxLength, "Agenda", $"Den ansvarlige for «{Text.Shorten(topic)}»"),
            Purpose = Text.Optional(a.Purpose, AgendaItem.TextMaxLength, "Agenda", $"«Hvad vil vi opnå» for «{Text.Shorten(topic)}»"),
            Decision = Text.Optional(a.Decision, AgendaItem.TextMaxLength, "Agenda", $"Beslutningen for «{Text.Shorten(topic)}»"),
            WhoDoesWhat = Text.Optional(a.WhoDoesWhat, AgendaItem.TextMaxLength, "Agenda", $"«Hvem gør hvad» for «{Text.Shorten(topic)}»"),
            ProposedBy = Text.Optional(a.ProposedBy, MeetingParticipant.NameMaxLength, "Agenda", $"«Foreslået af» for «{Text.Shorten(topic)}»"),
        };
    }

    private static string? Email(string? value, string field, string whose)
    {
        var clean = Text.Optional(value, MeetingParticipant.TextMaxLength, field, $"E-mailadressen for {whose}");
        if (clean is null) return null;
        return System.Net.Mail.MailAddress.TryCreate(clean, out var parsed) && parsed.Address == clean && clean.Contains('.', StringComparison.Ordinal)
            ? clean : throw new DomainException($"«{clean}» er ikke en gyldig e-mailadresse ({whose}).", field);
    }
}
