using Caseload.Domain.Courses;
using Caseload.Domain.Cti;

namespace Caseload.Infrastructure.Cti;

/// <summary>
/// The demo CTI courses, one per CTI citizen, in every state (issue #11): contact period, phases 1–3, a late
/// transition (flagged, with a comment), a missing measurement, a handover meeting not booked, completed, and
/// interrupted by a move to another municipality. Every date counts back from today, so the demo works on any
/// day; the courses are built through the domain's own methods, so they obey its rules.
/// </summary>
internal static class DemoCtiCourses
{
    private enum Scenario { ContactPeriod, Phase1, LateIntoPhase2, MissingSixMonthMeasurement, Phase3Booked, Phase3NoMeeting, Completed, MovedAway, Phase1New, Phase2, Phase1Later, ContactPeriodLater }

    /// <summary>S (the first day of the nine months) for a scenario, or null while in the contact period.</summary>
    private static DateOnly? PhaseStart(Scenario s, DateOnly today) => s switch
    {
        Scenario.Phase1 => today.AddDays(-40),
        Scenario.LateIntoPhase2 => today.AddDays(-130),
        Scenario.MissingSixMonthMeasurement => today.AddMonths(-6).AddDays(-3),
        Scenario.Phase3Booked => today.AddMonths(-7).AddDays(-10),
        Scenario.Phase3NoMeeting => today.AddMonths(-8).AddDays(-5),
        Scenario.Completed => today.AddMonths(-10),
        Scenario.MovedAway => today.AddMonths(-4),
        Scenario.Phase1New => today.AddDays(-20),
        Scenario.Phase2 => today.AddMonths(-4),
        Scenario.Phase1Later => today.AddDays(-70),
        _ => null,
    };

    private static Scenario Of(int index) => (Scenario)(index % 12);

    /// <summary>The first day of the contact period: a month before S, or a fortnight ago for a course still in it.</summary>
    public static DateOnly ContactStart(int index, DateOnly today)
        => PhaseStart(Of(index), today) is { } s ? s.AddDays(-30) : today.AddDays(-15);

    public static CtiCourse Build(Course course, int index, DateOnly today, DateTime now, string by)
    {
        var scenario = Of(index);
        var s = PhaseStart(scenario, today);
        var moveIn = s?.AddDays(7) ?? today.AddDays(scenario == Scenario.ContactPeriod ? 20 : 40);
        var cti = new CtiCourse(course, moveIn, index % 2 == 0 ? CtiResidence.Shelter : CtiResidence.Prison);
        if (s is not { } start) return cti;
        var plan = new PhasePlan(start);

        void Measure(MeasurementPoint point, DateOnly date, int step)
            => cti.RecordMeasurement(point, date, [1 + step, 2 + step, 1 + step, 1, 2 + step], 3 + (2 * step), step == 0 ? HousingStatus.Shelter : HousingStatus.OwnHome,
                step == 0 ? SubstanceUse.Daily : SubstanceUse.Weekly, 1 + step, step == 0 ? "Jeg glæder mig til at få min egen nøgle." : "Det går bedre, men jeg er tit alene.", today);
        void Advance(CtiTransitionKind kind, DateOnly date, string? comment = null)
            => cti.Advance(kind, date, CtiChecklists.For(kind).Select((_, i) => new ChecklistAnswer(i + 1, true, null)).ToList(), comment, today, now, by);

        Measure(MeasurementPoint.Start, start, 0);
        Advance(CtiTransitionKind.StartPhase1, start);
        cti.AddGoal("Jeg vil kunne betale min husleje til tiden.", "Budget sammen med CTI-medarbejderen; betalingsservice.", "Økonomisk rådgiver i kommunen", GoalStatus.InProgress);
        cti.AddGoal("Jeg vil have nogen at være sammen med om eftermiddagen.", "Prøve værestedet og løbeklubben.", "Værestedet Lyset", GoalStatus.NotStarted);
        if (scenario is Scenario.Phase1 or Scenario.Phase1New or Scenario.Phase1Later) return cti;

        if (scenario == Scenario.MovedAway)
        {
            Measure(MeasurementPoint.ThreeMonths, plan.Phase2Start, 1);
            Advance(CtiTransitionKind.IntoPhase2, plan.Phase2Start);
            Measure(MeasurementPoint.End, today.AddDays(-10), 1);
            cti.Interrupt(InterruptionReason.MovedToOtherMunicipality, today.AddDays(-10), "Flyttet til sin søster.", "Aarhus Kommune",
                "Lene Holm, socialrådgiver, tlf. 87 13 00 00", today, now, by);
            return cti;
        }

        var phase2 = scenario == Scenario.LateIntoPhase2 ? plan.Phase2Start.AddDays(20) : plan.Phase2Start;
        Measure(MeasurementPoint.ThreeMonths, phase2, 1);
        Advance(CtiTransitionKind.IntoPhase2, phase2, scenario == Scenario.LateIntoPhase2 ? "Borgeren var indlagt i tre uger; overgangen blev udskudt." : null);
        cti.UpdateGoal(cti.Goals.First().Id, cti.Goals.First().Goal, "Budget hver anden uge; huslejen betales nu via betalingsservice.", "Økonomisk rådgiver", GoalStatus.Achieved);
        if (scenario is Scenario.LateIntoPhase2 or Scenario.MissingSixMonthMeasurement or Scenario.Phase2) return cti;

        Measure(MeasurementPoint.SixMonths, plan.Phase3Start, 2);
        Advance(CtiTransitionKind.IntoPhase3, plan.Phase3Start);
        cti.UpdateHandoverPlan("Fast støtte til økonomi og et netværk i hverdagen.", "Bostøtte (§ 85) to timer om ugen; værestedet Lyset; søsteren.",
            scenario == Scenario.Phase3NoMeeting ? null : "Birgit Sørensen", scenario == Scenario.Phase3NoMeeting ? null : "Sagsbehandler, Solbjerg Kommune",
            scenario == Scenario.Phase3NoMeeting ? null : "tlf. 89 70 12 34");
        if (scenario == Scenario.Phase3NoMeeting) return cti;
        if (scenario == Scenario.Phase3Booked)
        {
            cti.AddHandoverMeeting(plan.HandoverMeetingDue, "Borgeren, CTI-medarbejder, sagsbehandler Birgit Sørensen, bostøtte", false, today);
            return cti;
        }

        cti.AddHandoverMeeting(plan.HandoverMeetingDue.AddDays(-5), "Borgeren, CTI-medarbejder, sagsbehandler Birgit Sørensen", true, today);
        Measure(MeasurementPoint.End, plan.PlannedLastDay, 3);
        Advance(CtiTransitionKind.Complete, plan.PlannedLastDay);
        course.Close(plan.PlannedLastDay, "CTI-forløbet er gennemført.");
        return cti;
    }
}

/// <summary>The CTI engine's demo: courses whose contact period starts so that every state shows today.</summary>
internal sealed class DemoCti : Seeding.IDemoEngine
{
    public Domain.Teams.Method Method => Domain.Teams.Method.Cti;
    public string TeamKey => "cti";
    public string TeamName => "CTI-team Solbjerg";

    public DateOnly StartOn(int nth, int index, DateOnly today) => DemoCtiCourses.ContactStart(nth, today);

    public void AddRows(Persistence.CaseloadDbContext db, Domain.Teams.Team team, IReadOnlyList<(Course Course, string WorkerId)> courses,
        DateOnly today, DateTime now, string leaderId)
    {
        for (var i = 0; i < courses.Count; i++)
            db.CtiCourses.Add(DemoCtiCourses.Build(courses[i].Course, i, today, now, courses[i].WorkerId));
    }
}
