using Caseload.Domain.Teams;

namespace Caseload.Domain.CourseEvents;

/// <summary>
/// One row of the append-only course event log (ADR 0024): what happened in a citizen's course, in a typed form
/// that results, fidelity, the API feed and the citizen's timeline can read without knowing an engine's tables.
/// The payload is a handful of typed columns — ids, dates, numbers and codes, never free text or personal values;
/// <see cref="CourseEventTypes"/> says which columns each type uses. Rows are only ever added.
/// </summary>
public class CourseEvent
{
    public const int TypeMaxLength = 60;
    public const int CodeMaxLength = 60;

    private CourseEvent() { Type = string.Empty; }

    public CourseEvent(string type, Guid? courseId, Guid citizenId, Guid teamId, Method method, DateTime occurredAt,
        DateOnly occurredOn, DateTime recordedAt, string? recordedBy, CourseEventPayload payload)
    {
        if (!CourseEventTypes.IsKnown(type)) throw new ArgumentException($"Unknown course event type '{type}'.", nameof(type));
        Type = type;
        CourseId = courseId;
        CitizenId = citizenId;
        TeamId = teamId;
        Method = method;
        OccurredAt = occurredAt;
        OccurredOn = occurredOn;
        RecordedAt = recordedAt;
        RecordedBy = recordedBy;
        SubjectId = payload.SubjectId;
        Code = payload.Code;
        Number = payload.Number;
        PlannedOn = payload.PlannedOn;
        ActualOn = payload.ActualOn;
        Flag = payload.Flag;
    }

    /// <summary>The log's own order (database identity): a cursor for feeds and sync that never goes back.</summary>
    public long Sequence { get; private set; }
    public string Type { get; private set; }
    /// <summary>Null for an event of the citizen with no active course in the citizen's team at the time.</summary>
    public Guid? CourseId { get; private set; }
    public Guid CitizenId { get; private set; }
    public Guid TeamId { get; private set; }
    public Method Method { get; private set; }
    /// <summary>When it happened, UTC (a date-only fact is placed at noon Danish time of that date).</summary>
    public DateTime OccurredAt { get; private set; }
    /// <summary>The Danish date it happened on: what statistics group by.</summary>
    public DateOnly OccurredOn { get; private set; }
    public DateTime RecordedAt { get; private set; }
    public string? RecordedBy { get; private set; }

    public Guid? SubjectId { get; private set; }
    public string? Code { get; private set; }
    public int? Number { get; private set; }
    public DateOnly? PlannedOn { get; private set; }
    public DateOnly? ActualOn { get; private set; }
    public bool? Flag { get; private set; }
}

/// <summary>The typed payload of a course event; which fields a type uses is documented in <see cref="CourseEventTypes"/>.</summary>
public sealed record CourseEventPayload(Guid? SubjectId = null, string? Code = null, int? Number = null,
    DateOnly? PlannedOn = null, DateOnly? ActualOn = null, bool? Flag = null)
{
    public static readonly CourseEventPayload None = new();
}
