namespace Caseload.Domain.Cti;

/// <summary>What needs attention on a CTI course today — the same on the course page, the phase board and the
/// deadline list. <see cref="HandoverMeetingOverdue"/>: S + 8 months has passed with no handover meeting held or
/// booked by then, in whatever phase the course still is (it replaces "not booked", which says too little).</summary>
public sealed record CtiAlerts(bool TransitionOverdue, bool MeasurementMissing, bool HandoverMeetingUnbooked, bool HandoverMeetingOverdue = false)
{
    public bool Any => TransitionOverdue || MeasurementMissing || HandoverMeetingUnbooked || HandoverMeetingOverdue;

    /// <param name="measured">The measurement points already recorded.</param>
    /// <param name="hasMeetingByDue">A handover meeting is held or booked on or before S + 8 months.</param>
    public static CtiAlerts For(CtiStage stage, DateOnly? phaseStart, IReadOnlyCollection<MeasurementPoint> measured, bool hasMeetingByDue, DateOnly today)
    {
        if (phaseStart is not { } s || stage == CtiStage.ContactPeriod || CtiStages.NextTransition(stage) is not { } next)
            return new CtiAlerts(false, false, false);
        var plan = new PhasePlan(s);
        var planned = plan.PlannedDateOf(next)!.Value;
        var overdue = today.DayNumber - planned.DayNumber > CtiCourse.ToleranceDays;
        // The measurement for the next point is due from its planned date.
        var missing = today >= planned && !measured.Contains(CtiChecklists.MeasurementFor(next));
        var meetingOverdue = today > plan.HandoverMeetingDue && !hasMeetingByDue;
        var unbooked = stage == CtiStage.Phase3 && !hasMeetingByDue && !meetingOverdue;
        return new CtiAlerts(overdue, missing, unbooked, meetingOverdue);
    }
}
