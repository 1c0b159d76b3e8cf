using Caseload.Domain.Auditing;
using Caseload.Domain.Common;

namespace Caseload.Domain.ActionPlans;

/// <summary>
/// The ACT team meeting (teammøde, domain.md §2.1 [rule]: the team meets weekly or fortnightly to go through citizens; the
/// citizen may attend). The team leader plans it; the agenda is built from the data (ADR 0032) and kept here only where the
/// leader changed it or the team reviewed a citizen. Closing it ("Afslut møde") records who was present and freezes the
/// agenda with its reasons, so the minutes read the same later.
/// </summary>
[AuditedAs(AuditNames.TeamMeeting, "ACT-teammøde")]
public class TeamMeeting : Entity, IAudited
{
    public const int PlaceMaxLength = 150;
    public const string ClosedMessage = "Mødet er afsluttet, så referatet kan ikke ændres.";

    private readonly List<TeamMeetingItem> _items = [];
    private readonly List<TeamMeetingTask> _tasks = [];

    private TeamMeeting() { PresentWorkerIds = string.Empty; }

    public TeamMeeting(Guid teamId, DateOnly date, TimeOnly startsAt, string? place, DateOnly today)
    {
        TeamId = teamId;
        PresentWorkerIds = string.Empty;
        Plan(date, startsAt, place, today);
    }

    public Guid TeamId { get; private set; }
    public DateOnly Date { get; private set; }
    public TimeOnly StartsAt { get; private set; }
    public string? Place { get; private set; }
    public DateTime? ClosedAt { get; private set; }
    public string? ClosedBy { get; private set; }
    /// <summary>The workers present, as user ids separated by commas (kept with the meeting: the minutes list them).</summary>
    public string PresentWorkerIds { get; private set; }
    public IReadOnlyCollection<TeamMeetingItem> Items => _items.AsReadOnly();
    public IReadOnlyCollection<TeamMeetingTask> Tasks => _tasks.AsReadOnly();

    public bool IsClosed => ClosedAt is not null;

    public IReadOnlyList<string> Present => PresentWorkerIds.Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Date, time and place. A new date may not lie in the past (a meeting already planned may keep its date).</summary>
    public void Plan(DateOnly date, TimeOnly startsAt, string? place, DateOnly today)
    {
        if (IsClosed) throw new DomainException(ClosedMessage);
        if (date < today && date != Date) throw new DomainException("Mødet kan ikke planlægges på en dato, der er gået.", nameof(Date));
        Date = date;
        StartsAt = startsAt;
        Place = Text.Optional(Text.SingleLine(place), PlaceMaxLength, nameof(Place), "Stedet");
    }

    /// <summary>The leader puts a citizen on the agenda who is not there by the rules.</summary>
    public void AddToAgenda(Guid citizenId)
    {
        if (IsClosed) throw new DomainException(ClosedMessage);
        Item(citizenId).SetAdded(true);
    }

    /// <summary>The leader takes a citizen off the agenda (not one in intensified support: they are reviewed every time).</summary>
    public void RemoveFromAgenda(Guid citizenId, bool intensified)
    {
        if (IsClosed) throw new DomainException(ClosedMessage);
        if (intensified) throw new DomainException("En borger i skærpet indsats er altid på dagsordenen.");
        var item = Item(citizenId);
        if (item.IsReviewed) throw new DomainException("Borgeren er allerede gennemgået på mødet.");
        item.SetAdded(false);
        item.SetRemoved(true);
    }

    /// <summary>The citizen is invited to take part in the meeting (the citizen may attend, domain.md §2.1): with their consent,
    /// they get an SMS reminder the day before (ADR 0038).</summary>
    public void Invite(Guid citizenId, bool invited, DateOnly today)
    {
        if (IsClosed) throw new DomainException(ClosedMessage);
        if (Date < today) throw new DomainException("Mødedagen er gået, så borgeren kan ikke inviteres.");
        Item(citizenId).SetInvited(invited);
    }

    /// <summary>The team's review of one citizen: a short note, decisions, whether the citizen took part, new tasks.</summary>
    /// <param name="tasks">Each task's owner: a worker of the team (their user id), the citizen, or a partner (by name). The
    /// citizen's and a partner's tasks are followed up by <paramref name="primaryWorkerId"/>, on whose start page they show.</param>
    public TeamMeetingItem Review(Guid citizenId, string? note, string? decisions, bool citizenTookPart,
        IEnumerable<(string Description, TaskOwnerKind Kind, string? OwnerId, string? OwnerName, DateOnly DueOn)> tasks,
        IReadOnlySet<string> teamWorkers, string? primaryWorkerId, DateTime now, string? by)
    {
        if (IsClosed) throw new DomainException(ClosedMessage);
        var item = Item(citizenId);
        item.Record(note, decisions, citizenTookPart, now, by);
        foreach (var (description, kind, ownerId, ownerName, dueOn) in tasks)
        {
            if (dueOn < Date) throw new DomainException("Fristen for en opgave kan ikke ligge før mødet.", "Tasks");
            var task = kind switch
            {
                TaskOwnerKind.Worker when ownerId is not null && teamWorkers.Contains(ownerId) => new TeamMeetingTask(Id, TeamId, citizenId, description, kind, ownerId, null, dueOn),
                TaskOwnerKind.Worker => throw new DomainException("Vælg en ansvarlig fra teamet.", "Tasks"),
                TaskOwnerKind.Citizen or TaskOwnerKind.Partner when string.IsNullOrEmpty(primaryWorkerId) || !teamWorkers.Contains(primaryWorkerId)
                    => throw new DomainException("Borgeren har ingen tovholder i teamet til at følge op på opgaven. Giv opgaven til en medarbejder.", "Tasks"),
                TaskOwnerKind.Citizen => new TeamMeetingTask(Id, TeamId, citizenId, description, kind, primaryWorkerId!, null, dueOn),
                TaskOwnerKind.Partner => new TeamMeetingTask(Id, TeamId, citizenId, description, kind, primaryWorkerId!,
                    Text.Required(Text.SingleLine(ownerName), TeamMeetingTask.OwnerNameMaxLength, "Tasks", "Skriv hvilken samarbejdspartner der har opgaven.", "Samarbejdspartneren"), dueOn),
                _ => throw new DomainException("Vælg hvem der har opgaven.", "Tasks"),
            };
            _tasks.Add(task);
        }
        return item;
    }

    /// <summary>"Afslut møde": who was present, and the agenda as it stood (each citizen with the reasons it was there).</summary>
    public void Close(IReadOnlyCollection<string> present, IReadOnlySet<string> teamWorkers, IReadOnlyList<(Guid CitizenId, string Reasons)> agenda,
        DateOnly today, DateTime now, string? by)
    {
        if (IsClosed) throw new DomainException("Mødet er allerede afsluttet.");
        if (Date > today) throw new DomainException($"Mødet kan først afsluttes på mødedagen ({Date:dd-MM-yyyy}).");
        if (present.Count == 0) throw new DomainException("Markér hvilke medarbejdere der var til stede.", "Present");
        if (present.Any(p => !teamWorkers.Contains(p))) throw new DomainException("Vælg de tilstedeværende blandt teamets medarbejdere.", "Present");
        PresentWorkerIds = string.Join(',', present.Distinct());
        for (var i = 0; i < agenda.Count; i++) Item(agenda[i].CitizenId).Freeze(agenda[i].Reasons, i + 1);
        ClosedAt = now;
        ClosedBy = by;
    }

    private TeamMeetingItem Item(Guid citizenId)
    {
        var item = _items.FirstOrDefault(i => i.CitizenId == citizenId);
        if (item is null) _items.Add(item = new TeamMeetingItem(Id, citizenId));
        return item;
    }
}

/// <summary>One citizen at one team meeting: changed by the leader (added, removed), reviewed by the team, and frozen with
/// its reasons and place when the meeting is closed.</summary>
[AuditedAs(AuditNames.TeamMeetingItem, "ACT-teammøde, gennemgang af borger")]
public class TeamMeetingItem : IAudited, IBelongsToCitizen
{
    public const int NoteMaxLength = 2000;
    public const int ReasonsMaxLength = 200;

    private TeamMeetingItem() { }

    internal TeamMeetingItem(Guid meetingId, Guid citizenId)
    {
        MeetingId = meetingId;
        CitizenId = citizenId;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();
    public Guid MeetingId { get; private set; }
    public Guid CitizenId { get; private set; }
    public bool AddedByLeader { get; private set; }
    public bool RemovedByLeader { get; private set; }
    [Personal] public string? Note { get; private set; }
    [Personal] public string? Decisions { get; private set; }
    public bool CitizenTookPart { get; private set; }
    /// <summary>Invited before the meeting to take part (SMS reminder the day before, with consent).</summary>
    public bool CitizenInvited { get; private set; }
    public DateTime? ReviewedAt { get; private set; }
    public string? ReviewedBy { get; private set; }
    /// <summary>Set when the meeting is closed: why the citizen was on the agenda (reason codes) and where.</summary>
    public string? Reasons { get; private set; }
    public int? Position { get; private set; }

    public bool IsReviewed => ReviewedAt is not null;

    internal void SetAdded(bool added)
    {
        AddedByLeader = added;
        if (added) RemovedByLeader = false;
    }

    internal void SetRemoved(bool removed) => RemovedByLeader = removed;

    internal void SetInvited(bool invited) => CitizenInvited = invited;

    internal void Record(string? note, string? decisions, bool tookPart, DateTime now, string? by)
    {
        Note = Text.Optional(note, NoteMaxLength, nameof(Note), "Noten");
        Decisions = Text.Optional(decisions, NoteMaxLength, nameof(Decisions), "Beslutningerne");
        CitizenTookPart = tookPart;
        RemovedByLeader = false;
        ReviewedAt ??= now;
        ReviewedBy ??= by;
    }

    internal void Freeze(string reasons, int position)
    {
        Reasons = reasons.Length <= ReasonsMaxLength ? reasons : reasons[..ReasonsMaxLength];
        Position = position;
    }
}

/// <summary>A task decided at the team meeting for one citizen: what, which worker of the team (so it shows on their start
/// page) and by when. Its own row, so the start page finds a user's open tasks by an index.</summary>
[AuditedAs(AuditNames.TeamMeetingTask, "Opgave fra ACT-teammøde")]
public class TeamMeetingTask : Entity, IAudited, IBelongsToCitizen
{
    public const int DescriptionMaxLength = 500;

    public const int OwnerNameMaxLength = 150;

    private TeamMeetingTask() { Description = OwnerId = string.Empty; }

    internal TeamMeetingTask(Guid meetingId, Guid teamId, Guid citizenId, string description, TaskOwnerKind ownerKind, string ownerId, string? ownerName, DateOnly dueOn)
    {
        MeetingId = meetingId;
        TeamId = teamId;
        CitizenId = citizenId;
        Description = Text.Required(description, DescriptionMaxLength, "Tasks", "Beskriv opgaven.", "Opgaven");
        OwnerKind = ownerKind;
        OwnerId = ownerId;
        OwnerName = ownerName;
        DueOn = dueOn;
    }

    public Guid MeetingId { get; private set; }
    public Guid TeamId { get; private set; }
    public Guid CitizenId { get; private set; }
    [Personal] public string Description { get; private set; }
    /// <summary>Who has the task: a worker, the citizen or a partner (issue #30 item 1).</summary>
    public TaskOwnerKind OwnerKind { get; private set; }
    /// <summary>The worker whose start page shows the task: the owner when a worker has it; the citizen's primary worker, who
    /// follows up, when the citizen or a partner has it.</summary>
    public string OwnerId { get; private set; }
    /// <summary>The partner's name or role (a partner's task only): "Jobcentret", "Egen læge".</summary>
    [Personal] public string? OwnerName { get; private set; }
    public DateOnly DueOn { get; private set; }
    public DateOnly? DoneOn { get; private set; }

    public void MarkDone(DateOnly today)
    {
        if (DoneOn is not null) throw new DomainException("Opgaven er allerede markeret som udført.");
        DoneOn = today;
    }
}

/// <summary>Who owns a task decided at the team meeting.</summary>
public enum TaskOwnerKind
{
    Worker,
    Citizen,
    Partner,
}

public static class TaskOwners
{
    /// <summary>The owner as the meeting page, the minutes and the start page name it.</summary>
    public static string Danish(TaskOwnerKind kind, string? workerName, string? partnerName) => kind switch
    {
        TaskOwnerKind.Citizen => $"Borgeren (opfølgning: {workerName ?? "tovholderen"})",
        TaskOwnerKind.Partner => $"{partnerName}, samarbejdspartner (opfølgning: {workerName ?? "tovholderen"})",
        _ => workerName ?? "Tidligere medarbejder",
    };
}
