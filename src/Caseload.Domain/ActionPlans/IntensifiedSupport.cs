using Caseload.Domain.Auditing;
using Caseload.Domain.Common;

namespace Caseload.Domain.ActionPlans;

/// <summary>Why an ACT course gets intensified support for a period (a small fixed list, so figures can group on it).</summary>
public enum IntensifiedReason
{
    AcuteCrisis,
    Relapse,
    EvictionRisk,
    Discharge,
    Release,
    Other,
}

public static class IntensifiedReasonNames
{
    public static string Danish(this IntensifiedReason reason) => reason switch
    {
        IntensifiedReason.AcuteCrisis => "Akut psykisk krise",
        IntensifiedReason.Relapse => "Tilbagefald eller øget misbrug",
        IntensifiedReason.EvictionRisk => "Risiko for udsættelse af boligen",
        IntensifiedReason.Discharge => "Udskrivning fra hospital",
        IntensifiedReason.Release => "Løsladelse",
        _ => "Andet",
    };
}

/// <summary>
/// A period of intensified support (skærpet indsats) on an ACT course: "the support is intensified in periods of acute
/// crisis" (seed 000). It always has an explicit end, so a flag cannot be forgotten; it can be stopped earlier. The team
/// meeting reviews the citizen every time while it lasts, and the achieved contacts are counted against the plan.
/// </summary>
[AuditedAs(AuditNames.IntensifiedSupport, "Skærpet indsats")]
public class IntensifiedSupport : Entity, IAudited, IBelongsToCitizen
{
    public const int MinContactsPerWeek = 1;
    public const int MaxContactsPerWeek = 21;
    public const int MaxWeeks = 26;
    /// <summary>How far back a period may be started (registered a little after the crisis began).</summary>
    public const int MaxDaysBack = 14;

    private IntensifiedSupport() { }

    public IntensifiedSupport(Guid courseId, Guid citizenId, Guid teamId, DateOnly startOn, DateOnly endOn, IntensifiedReason reason,
        int contactsPerWeek, DateOnly today)
    {
        if (!Enum.IsDefined(reason)) throw new DomainException("Vælg en årsag.", nameof(Reason));
        if (contactsPerWeek is < MinContactsPerWeek or > MaxContactsPerWeek)
            throw new DomainException($"Planlagte kontakter pr. uge skal være mellem {MinContactsPerWeek} og {MaxContactsPerWeek}.", nameof(PlannedContactsPerWeek));
        if (startOn > today) throw new DomainException("Startdatoen kan ikke ligge i fremtiden.", nameof(StartOn));
        if (startOn < today.AddDays(-MaxDaysBack)) throw new DomainException($"Startdatoen kan højst ligge {MaxDaysBack} dage tilbage.", nameof(StartOn));
        if (endOn < startOn) throw new DomainException("Slutdatoen kan ikke ligge før startdatoen.", nameof(PlannedEndOn));
        if (endOn < today) throw new DomainException("Slutdatoen skal ligge i dag eller senere.", nameof(PlannedEndOn));
        if (endOn > startOn.AddDays(MaxWeeks * 7))
            throw new DomainException($"En periode med skærpet indsats kan højst vare {MaxWeeks} uger. Start en ny periode, hvis den skal fortsætte.", nameof(PlannedEndOn));
        CourseId = courseId;
        CitizenId = citizenId;
        TeamId = teamId;
        StartOn = startOn;
        PlannedEndOn = endOn;
        Reason = reason;
        PlannedContactsPerWeek = contactsPerWeek;
    }

    public Guid CourseId { get; private set; }
    public Guid CitizenId { get; private set; }
    public Guid TeamId { get; private set; }
    public DateOnly StartOn { get; private set; }
    public DateOnly PlannedEndOn { get; private set; }
    public IntensifiedReason Reason { get; private set; }
    public int PlannedContactsPerWeek { get; private set; }
    /// <summary>Stopped before the planned end (the last day of the period).</summary>
    public DateOnly? StoppedOn { get; private set; }

    public DateOnly EndOn => StoppedOn is { } s && s < PlannedEndOn ? s : PlannedEndOn;

    public bool IsActiveOn(DateOnly day) => StartOn <= day && day <= EndOn;

    /// <summary>Neither stopped nor past its planned end on <paramref name="today"/>.</summary>
    public bool IsOpenOn(DateOnly today) => StoppedOn is null && PlannedEndOn >= today;

    /// <summary>Stopped today: today is its last day (the team meeting still reviews the citizen today).</summary>
    public void Stop(DateOnly today)
    {
        if (!IsOpenOn(today)) throw new DomainException("Perioden med skærpet indsats er allerede slut.");
        StoppedOn = today;
    }

    /// <summary>The contacts planned from the start up to and including <paramref name="through"/> (whole weeks and the
    /// started week's share, rounded up): what the achieved contacts are held against.</summary>
    public static int PlannedContacts(int perWeek, DateOnly start, DateOnly through)
    {
        var days = through.DayNumber - start.DayNumber + 1;
        return days <= 0 ? 0 : (int)Math.Ceiling(perWeek * days / 7.0);
    }
}
