using Caseload.Domain.Auditing;
using Caseload.Domain.Common;

namespace Caseload.Domain.Meetings;

/// <summary>A task decided at a coordinating meeting: what, who in the team (a user, so it shows on their start page) and
/// by when. Kept as its own row so the start page finds a user's open tasks by an index.</summary>
[AuditedAs(AuditNames.MeetingTask, "Opgave fra koordinerende møde")]
public class MeetingTask : Entity, IAudited, IBelongsToCitizen
{
    public const int DescriptionMaxLength = 500;

    private MeetingTask() { Description = OwnerId = string.Empty; }

    internal MeetingTask(Guid meetingId, Guid citizenId, string description, string ownerId, DateOnly dueOn, int? agendaNumber)
    {
        MeetingId = meetingId;
        CitizenId = citizenId;
        Description = description;
        OwnerId = ownerId;
        DueOn = dueOn;
        AgendaNumber = agendaNumber;
    }

    public Guid MeetingId { get; private set; }
    public Guid CitizenId { get; private set; }
    [Personal] public string Description { get; private set; }
    /// <summary>The user who does it.</summary>
    public string OwnerId { get; private set; }
    public DateOnly DueOn { get; private set; }
    /// <summary>The agenda point it came from, when given.</summary>
    public int? AgendaNumber { get; private set; }
    public DateOnly? DoneOn { get; private set; }

    public bool IsDone => DoneOn is not null;

    internal void Change(string description, string ownerId, DateOnly dueOn, int? agendaNumber)
    {
        Description = description;
        OwnerId = ownerId;
        DueOn = dueOn;
        AgendaNumber = agendaNumber;
    }

    public void MarkDone(DateOnly today)
    {
        if (IsDone) throw new DomainException("Opgaven er allerede markeret som udført.");
        DoneOn = today;
    }

    internal void Reopen() => DoneOn = null;
}

/// <summary>Who may own a meeting's task (issue #27): a team member (their user id, so it shows on their start page), the
/// citizen, or a participant of the meeting by name (e.g. a partner from the network map) — the latter two only stored
/// and shown in the minutes; no mail goes to them from here.</summary>
public static class TaskOwner
{
    public const string Citizen = "borger";
    public const string ParticipantPrefix = "deltager:";

    public static string Participant(string name) => ParticipantPrefix + name.Trim();

    /// <summary>The owner's name when it is the citizen or a participant; null for a team member (a user id).</summary>
    public static string? NameOf(string? ownerId, string citizenName)
        => ownerId == Citizen ? $"{citizenName} (borgeren)"
            : ownerId is not null && ownerId.StartsWith(ParticipantPrefix, StringComparison.Ordinal) ? ownerId[ParticipantPrefix.Length..] : null;
}
