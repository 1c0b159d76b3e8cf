namespace Caseload.Application.Api;

// The API's JSON shapes (/api/v1, ADR 0049): English names, stable; codes as in the course event log (docs/course-events.md).

/// <summary>A citizen. <c>Cpr</c> is masked (DDMMYY-xxxx) unless the client may see the full number; a secret address is never sent.</summary>
public sealed record ApiCitizen(Guid Id, Guid TeamId, string Name, string? Cpr, bool CprMasked, string? Address, string? Phone);

public sealed record ApiCitizenPage(IReadOnlyList<ApiCitizen> Citizens, int Page, bool More);

public sealed record ApiCourse(Guid Id, Guid CitizenId, Guid TeamId, string Method, string Status, DateOnly StartDate, DateOnly? EndDate, string? EndCause);

/// <summary>An open deadline, as the engines show it on the deadline list (ADR 0023).</summary>
public sealed record ApiDeadline(string Label, DateOnly Due, string? TimeLeft);

/// <summary>A goal of the citizen's plan, from the course event log: its status now and when it was added and last changed.</summary>
public sealed record ApiGoal(Guid Id, Guid? CourseId, string Method, string Status, DateOnly AddedOn, DateOnly? ChangedOn);

/// <summary>A measurement (WHO-5: 0–100), from the course event log.</summary>
public sealed record ApiMeasurement(Guid Id, Guid? CourseId, string Instrument, string Point, int? Score, DateOnly? TakenOn);

/// <summary>One course event (ADR 0024) at its feed position (ADR 0050).</summary>
public sealed record ApiEvent(long Position, string Type, Guid? CourseId, Guid CitizenId, Guid TeamId, string Method, DateTime OccurredAt,
    DateOnly OccurredOn, Guid? SubjectId, string? Code, int? Number, DateOnly? PlannedOn, DateOnly? ActualOn, bool? Flag);

/// <summary>A page of the feed: ask again with <c>?after=</c><see cref="Next"/>; <see cref="More"/> says whether to ask at once.</summary>
public sealed record ApiFeedPage(IReadOnlyList<ApiEvent> Events, long Next, bool More);

/// <summary>A referral from another system (outreach, §2.3 step 1), always about a citizen not yet known to the team.</summary>
public sealed class ApiReferralInput
{
    public Guid TeamId { get; set; }
    public string? CitizenName { get; set; }
    public string? Cpr { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public DateOnly? ReceivedOn { get; set; }
    /// <summary>Who referred, as a code: citizen, relative, neighbour, housing-association, general-practitioner, hospital-psychiatry,
    /// police, bailiff-court, job-centre, benefits-office, other-department, other-municipality, other.</summary>
    public string? Source { get; set; }
    public string? ReferrerName { get; set; }
    public string? ReferrerContact { get; set; }
    public string? Concern { get; set; }
}

public sealed record ApiReferralCreated(Guid CitizenId, Guid ReferralId);
