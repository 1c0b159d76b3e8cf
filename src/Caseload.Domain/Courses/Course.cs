using Caseload.Domain.Auditing;
using Caseload.Domain.Common;
using Caseload.Domain.Teams;

namespace Caseload.Domain.Courses;

public enum CourseStatus
{
    Active,
    Closed,
}

/// <summary>Why a course ended, as a code statistics can count (the reason text stays free and personal). DACTS O7 and
/// S2 tell an ending by death or moving away from a discharge or a drop-out.</summary>
public enum CourseEndCause
{
    NoLongerNeeded,
    Declined,
    LostContact,
    MovedAway,
    Died,
    Other,
}

public static class CourseEndCauseNames
{
    public static string Danish(this CourseEndCause c) => c switch
    {
        CourseEndCause.NoLongerNeeded => "Behov ophørt / overgået til andet tilbud",
        CourseEndCause.Declined => "Borgeren ønsker ikke indsatsen",
        CourseEndCause.LostContact => "Kontakten er mistet",
        CourseEndCause.MovedAway => "Fraflyttet kommunen",
        CourseEndCause.Died => "Død",
        CourseEndCause.Other => "Andet",
        _ => c.ToString(),
    };
}

/// <summary>
/// A citizen's course (forløb) under one method in one team, with one primary worker (tovholder).
/// Closing keeps the history. The CTI phase engine and the outreach workflow plug in per method later.
/// </summary>
[AuditedAs(AuditNames.Course, "Forløb")]
public class Course : Entity, IAudited, IBelongsToCitizen
{
    public const int ReasonMaxLength = 500;

    private readonly List<CourseAssignment> _assignments = [];
    private readonly List<CourseMember> _members = [];

    private Course() { PrimaryWorkerId = string.Empty; }

    /// <summary>Prefix of the start's history entry when the primary worker was assigned over the caseload limit.</summary>
    public const string StartedOverLimit = "Forløbet er startet over caseload-grænsen: ";

    /// <param name="overLimitReason">The leader's reason for assigning a worker over the limit, kept in the history.</param>
    public Course(Guid citizenId, Guid teamId, Method method, DateOnly startDate, string primaryWorkerId, DateTime now, string? by,
        string? overLimitReason = null)
    {
        if (string.IsNullOrWhiteSpace(primaryWorkerId)) throw new DomainException("Vælg en tovholder for forløbet.", nameof(PrimaryWorkerId));
        CitizenId = citizenId;
        TeamId = teamId;
        Method = method;
        StartDate = startDate;
        Status = CourseStatus.Active;
        PrimaryWorkerId = primaryWorkerId;
        PrimaryWorkerSince = now;
        var why = string.IsNullOrWhiteSpace(overLimitReason) ? "Forløbet er startet."
            : StartedOverLimit + Text.Required(overLimitReason, ReasonMaxLength - StartedOverLimit.Length, "OverLimitReason",
                "Angiv en begrundelse for at tildele alligevel.", "Begrundelsen");
        _assignments.Add(new CourseAssignment(Id, null, primaryWorkerId, why, now, by));
    }

    public Guid CitizenId { get; private set; }
    public Guid TeamId { get; private set; }
    public Method Method { get; private set; }
    public CourseStatus Status { get; private set; }
    public DateOnly StartDate { get; private set; }
    public DateOnly? EndDate { get; private set; }
    [Personal]
    public string? CloseReason { get; private set; }
    public CourseEndCause? EndCause { get; private set; }
    public string PrimaryWorkerId { get; private set; }
    public DateTime PrimaryWorkerSince { get; private set; }
    /// <summary>False from a (re)assignment until the new primary worker has opened the citizen's record.</summary>
    public bool SeenByPrimaryWorker { get; private set; }
    public IReadOnlyCollection<CourseAssignment> Assignments => _assignments.AsReadOnly();
    public IReadOnlyCollection<CourseMember> Members => _members.AsReadOnly();

    public bool IsActive => Status == CourseStatus.Active;

    public void Reassign(string newWorkerId, string? reason, DateTime now, string? by)
    {
        if (!IsActive) throw new DomainException("Et afsluttet forløb kan ikke få ny tovholder.");
        if (string.IsNullOrWhiteSpace(newWorkerId)) throw new DomainException("Vælg den nye tovholder.", "NewWorkerId");
        if (newWorkerId == PrimaryWorkerId) throw new DomainException("Borgeren har allerede denne tovholder.", "NewWorkerId");
        var why = Text.Required(reason, ReasonMaxLength, "Reason", "Angiv en begrundelse for skiftet.", "Begrundelsen");
        _assignments.Add(new CourseAssignment(Id, PrimaryWorkerId, newWorkerId, why, now, by));
        PrimaryWorkerId = newWorkerId;
        PrimaryWorkerSince = now;
        SeenByPrimaryWorker = false;
    }

    public void MarkSeenBy(string userId)
    {
        if (userId == PrimaryWorkerId) SeenByPrimaryWorker = true;
    }

    public void Close(DateOnly endDate, string? reason, CourseEndCause? cause = null)
    {
        if (cause is { } c && !Enum.IsDefined(c)) throw new DomainException("Vælg en gyldig årsagstype.", nameof(EndCause));
        if (!IsActive) throw new DomainException("Forløbet er allerede afsluttet.");
        if (endDate < StartDate) throw new DomainException("Slutdatoen kan ikke ligge før startdatoen.", nameof(EndDate));
        var why = Text.Required(reason, ReasonMaxLength, "Reason", "Angiv hvorfor forløbet afsluttes.", "Årsagen");
        Status = CourseStatus.Closed;
        EndDate = endDate;
        CloseReason = why;
        EndCause = cause;
    }

    /// <summary>Other team members attached with their discipline (ACT: whether a method's courses have members is its
    /// engine's say, checked by the course service, ADR 0023).</summary>
    public void AttachMember(string userId, string discipline)
    {
        if (userId == PrimaryWorkerId || _members.Any(m => m.UserId == userId))
            throw new DomainException("Medarbejderen er allerede tilknyttet forløbet.", "UserId");
        _members.Add(new CourseMember(Id, userId, discipline));
    }

    public void DetachMember(string userId) => _members.RemoveAll(m => m.UserId == userId);

    public bool Involves(string userId) => PrimaryWorkerId == userId || _members.Any(m => m.UserId == userId);
}

/// <summary>One entry of the course's primary-worker history.</summary>
public class CourseAssignment
{
    private CourseAssignment() { ToWorkerId = string.Empty; Reason = string.Empty; }

    internal CourseAssignment(Guid courseId, string? fromWorkerId, string toWorkerId, string reason, DateTime at, string? by)
    {
        CourseId = courseId;
        FromWorkerId = fromWorkerId;
        ToWorkerId = toWorkerId;
        Reason = reason;
        At = at;
        By = by;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();
    public Guid CourseId { get; private set; }
    public string? FromWorkerId { get; private set; }
    public string ToWorkerId { get; private set; }
    public string Reason { get; private set; }
    public DateTime At { get; private set; }
    public string? By { get; private set; }
}

/// <summary>A team member attached to an ACT course besides the primary worker.</summary>
public class CourseMember
{
    private CourseMember() { UserId = string.Empty; Discipline = string.Empty; }

    internal CourseMember(Guid courseId, string userId, string discipline)
    {
        CourseId = courseId;
        UserId = userId;
        Discipline = Text.Required(discipline, TeamMember.DisciplineMaxLength, nameof(Discipline), "Angiv faggruppe.", "Faggruppe");
    }

    public Guid Id { get; private set; } = Guid.NewGuid();
    public Guid CourseId { get; private set; }
    public string UserId { get; private set; }
    public string Discipline { get; private set; }
}
