namespace Caseload.Domain.Cti;

/// <summary>
/// The nine months of a CTI course from its start date S (domain.md Appendix B): dates are computed from S,
/// not chained — phase 2 starts S + 3 months, phase 3 starts S + 6 months, the planned last day is
/// S + 9 months − 1 day, the handover meeting is due by S + 8 months. Month arithmetic is
/// <see cref="DateOnly.AddMonths"/>, which clamps to the last day of a shorter month.
/// </summary>
public readonly record struct PhasePlan(DateOnly Start)
{
    public DateOnly Phase1Start => Start;
    public DateOnly Phase2Start => Start.AddMonths(3);
    public DateOnly Phase3Start => Start.AddMonths(6);
    public DateOnly Phase1End => Phase2Start.AddDays(-1);
    public DateOnly Phase2End => Phase3Start.AddDays(-1);
    public DateOnly PlannedLastDay => Start.AddMonths(9).AddDays(-1);
    public DateOnly HandoverMeetingDue => Start.AddMonths(8);

    /// <summary>The earliest start allowed for a planned move-in date: one month before it (clamped).</summary>
    public static DateOnly EarliestStart(DateOnly plannedMoveIn) => plannedMoveIn.AddMonths(-1);

    /// <summary>The date a transition is planned for; none for the start and an interruption.</summary>
    public DateOnly? PlannedDateOf(CtiTransitionKind kind) => kind switch
    {
        CtiTransitionKind.IntoPhase2 => Phase2Start,
        CtiTransitionKind.IntoPhase3 => Phase3Start,
        CtiTransitionKind.Complete => PlannedLastDay,
        _ => null,
    };

    /// <summary>The phase (1–3) a date falls in by plan, or null outside the nine months.</summary>
    public int? PlannedPhaseOn(DateOnly date)
        => date < Start || date > PlannedLastDay ? null : date < Phase2Start ? 1 : date < Phase3Start ? 2 : 3;
}
