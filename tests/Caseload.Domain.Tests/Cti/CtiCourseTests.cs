using Caseload.Domain.Common;
using Caseload.Domain.Courses;
using Caseload.Domain.Cti;
using Caseload.Domain.Teams;

namespace Caseload.Domain.Tests.Cti;

public class CtiCourseTests
{
    private static readonly DateTime Now = new(2027, 12, 1, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2027, 12, 1);
    private static readonly DateOnly MoveIn = new(2026, 12, 1);

    private static CtiCourse NewCti(DateOnly? contactStart = null)
        => new(new Course(Guid.NewGuid(), Guid.NewGuid(), Method.Cti, contactStart ?? new DateOnly(2026, 10, 1), "worker", Now, "leader"), MoveIn, CtiResidence.Shelter);

    private static List<ChecklistAnswer> AllDone(CtiTransitionKind kind)
        => CtiChecklists.For(kind).Select((_, i) => new ChecklistAnswer(i + 1, true, null)).ToList();

    private static void Measure(CtiCourse c, MeasurementPoint p, DateOnly date)
        => c.RecordMeasurement(p, date, [3, 3, 3, 3, 3], 5, HousingStatus.OwnHome, SubstanceUse.None, 2, null, Today);

    /// <summary>In phase 1 with the long-term plan's two goals (the phase 2 checklist needs a plan with goals).</summary>
    private static CtiCourse InPhase1(DateOnly start, bool withGoals = true)
    {
        var c = NewCti();
        Measure(c, MeasurementPoint.Start, start);
        c.Advance(CtiTransitionKind.StartPhase1, start, AllDone(CtiTransitionKind.StartPhase1), null, Today, Now, "worker");
        if (!withGoals) return c;
        c.AddGoal("Egen bolig med styr på huslejen", "Budget", "Rådgiver", GoalStatus.InProgress);
        c.AddGoal("Nogen at være sammen med", null, null, GoalStatus.NotStarted);
        return c;
    }

    [Fact]
    public void TickingTheLongTermPlanAsDoneWhileThePlanHasNoGoalsIsRefused()
    {
        var c = NewCti();
        Measure(c, MeasurementPoint.Start, new DateOnly(2026, 11, 30));
        c.Advance(CtiTransitionKind.StartPhase1, new DateOnly(2026, 11, 30), AllDone(CtiTransitionKind.StartPhase1), null, Today, Now, "w");
        c.AddGoal("Droppet mål", null, null, GoalStatus.Dropped);
        Measure(c, MeasurementPoint.ThreeMonths, new DateOnly(2027, 2, 28));
        var e = Should.Throw<DomainException>(() => c.Advance(CtiTransitionKind.IntoPhase2, new DateOnly(2027, 2, 28), AllDone(CtiTransitionKind.IntoPhase2), null, Today, Now, "w"));
        e.Message.ShouldContain("planen har ingen aktive mål");
        e.Field.ShouldBe("Checklist[2]");
        c.Stage.ShouldBe(CtiStage.Phase1);

        // Not relevant, with a reason, is the honest answer the worker may give instead.
        var answers = AllDone(CtiTransitionKind.IntoPhase2);
        answers[2] = new ChecklistAnswer(3, false, "Borgeren ville ikke lave en plan endnu.");
        c.Advance(CtiTransitionKind.IntoPhase2, new DateOnly(2027, 2, 28), answers, null, Today, Now, "w");
        c.Stage.ShouldBe(CtiStage.Phase2);
    }

    [Fact]
    public void TickingTheHandoverTalksAsDoneWithoutAHeldMeetingIsRefused()
    {
        var c = InPhase1(new DateOnly(2026, 11, 30));
        Measure(c, MeasurementPoint.ThreeMonths, new DateOnly(2027, 2, 28));
        c.Advance(CtiTransitionKind.IntoPhase2, new DateOnly(2027, 2, 28), AllDone(CtiTransitionKind.IntoPhase2), null, Today, Now, "w");
        Measure(c, MeasurementPoint.SixMonths, new DateOnly(2027, 5, 30));
        c.Advance(CtiTransitionKind.IntoPhase3, new DateOnly(2027, 5, 30), AllDone(CtiTransitionKind.IntoPhase3), null, Today, Now, "w");
        c.UpdateHandoverPlan(null, null, "Birgit Sørensen", null, null);
        c.AddHandoverMeeting(new DateOnly(2027, 7, 20), "Borgeren og Birgit", held: false, Today);
        Measure(c, MeasurementPoint.End, new DateOnly(2027, 8, 29));
        Should.Throw<DomainException>(() => c.Advance(CtiTransitionKind.Complete, new DateOnly(2027, 8, 29), AllDone(CtiTransitionKind.Complete), null, Today, Now, "w"))
            .Message.ShouldContain("ikke registreret et holdt overdragelsesmøde");
        c.MarkHandoverMeetingHeld(c.HandoverMeetings.Single().Id, Today);
        c.Advance(CtiTransitionKind.Complete, new DateOnly(2027, 8, 29), AllDone(CtiTransitionKind.Complete), null, Today, Now, "w");
        c.Stage.ShouldBe(CtiStage.Completed);
    }

    [Fact]
    public void AChecklistItemThatIsNeitherDoneNorNotRelevantRefusesTheTransition()
    {
        var c = NewCti();
        Measure(c, MeasurementPoint.Start, new DateOnly(2026, 11, 5));
        var answers = AllDone(CtiTransitionKind.StartPhase1);
        answers[1] = new ChecklistAnswer(2, false, null);
        var e = Should.Throw<DomainException>(() => c.Advance(CtiTransitionKind.StartPhase1, new DateOnly(2026, 11, 5), answers, null, Today, Now, "w"));
        e.Message.ShouldContain("Punkt 2");
        c.Stage.ShouldBe(CtiStage.ContactPeriod);

        answers[1] = new ChecklistAnswer(2, false, "  ");
        Should.Throw<DomainException>(() => c.Advance(CtiTransitionKind.StartPhase1, new DateOnly(2026, 11, 5), answers, null, Today, Now, "w"))
            .Message.ShouldBe("Angiv hvorfor punkt 2 ikke er relevant.");

        answers[1] = new ChecklistAnswer(2, false, "Borgeren kendte CTI fra herberget.");
        c.Advance(CtiTransitionKind.StartPhase1, new DateOnly(2026, 11, 5), answers, null, Today, Now, "w");
        c.Stage.ShouldBe(CtiStage.Phase1);
        c.Transitions.Single().Answers.Single(a => a.Number == 2).NotRelevantReason.ShouldBe("Borgeren kendte CTI fra herberget.");
    }

    [Fact]
    public void TheNineMonthsStartNoEarlierThanOneMonthBeforeMoveIn()
    {
        var c = NewCti();
        Measure(c, MeasurementPoint.Start, new DateOnly(2026, 10, 31));
        Should.Throw<DomainException>(() => c.Advance(CtiTransitionKind.StartPhase1, new DateOnly(2026, 10, 31), AllDone(CtiTransitionKind.StartPhase1), null, Today, Now, "w"))
            .Message.ShouldContain("tidligst starte én måned før indflytningen, dvs. 01-11-2026");
        c.Advance(CtiTransitionKind.StartPhase1, new DateOnly(2026, 11, 1), AllDone(CtiTransitionKind.StartPhase1), null, Today, Now, "w");
        c.PhaseStart.ShouldBe(new DateOnly(2026, 11, 1));
    }

    [Fact]
    public void ATransitionNeedsTheMeasurementForItsPoint()
    {
        var c = InPhase1(new DateOnly(2026, 11, 30));
        var e = Should.Throw<DomainException>(() => c.Advance(CtiTransitionKind.IntoPhase2, new DateOnly(2027, 2, 28), AllDone(CtiTransitionKind.IntoPhase2), null, Today, Now, "w"));
        e.Message.ShouldContain("3 måneder");
        Measure(c, MeasurementPoint.ThreeMonths, new DateOnly(2027, 2, 28));
        c.Advance(CtiTransitionKind.IntoPhase2, new DateOnly(2027, 2, 28), AllDone(CtiTransitionKind.IntoPhase2), null, Today, Now, "w");
        c.Stage.ShouldBe(CtiStage.Phase2);
    }

    [Theory]
    [InlineData(14, false)]
    [InlineData(-14, false)]
    [InlineData(15, true)]
    [InlineData(-15, true)]
    public void MoreThan14DaysFromThePlanIsAllowedButFlaggedAndNeedsAComment(int offset, bool flagged)
    {
        var c = InPhase1(new DateOnly(2026, 11, 30));
        var date = new DateOnly(2027, 2, 28).AddDays(offset); // planned: 28-02-2027
        Measure(c, MeasurementPoint.ThreeMonths, date);
        if (flagged)
            Should.Throw<DomainException>(() => c.Advance(CtiTransitionKind.IntoPhase2, date, AllDone(CtiTransitionKind.IntoPhase2), null, Today, Now, "w"))
                .Message.ShouldContain("Skriv en kommentar");
        var t = c.Advance(CtiTransitionKind.IntoPhase2, date, AllDone(CtiTransitionKind.IntoPhase2), flagged ? "Indlagt" : null, Today, Now, "w");
        t.OffPlan.ShouldBe(flagged);
        t.PlannedDate.ShouldBe(new DateOnly(2027, 2, 28));
    }

    [Fact]
    public void StepsComeInOrderAndNotInTheFuture()
    {
        var c = InPhase1(new DateOnly(2026, 11, 30));
        Should.Throw<DomainException>(() => c.Advance(CtiTransitionKind.IntoPhase3, new DateOnly(2027, 5, 30), AllDone(CtiTransitionKind.IntoPhase3), null, Today, Now, "w"))
            .Message.ShouldContain("næste skridt er overgang til fase 2");
        Measure(c, MeasurementPoint.ThreeMonths, new DateOnly(2027, 2, 28));
        Should.Throw<DomainException>(() => c.Advance(CtiTransitionKind.IntoPhase2, Today.AddDays(1), AllDone(CtiTransitionKind.IntoPhase2), "x", Today, Now, "w"))
            .Message.ShouldContain("fremtiden");
    }

    [Fact]
    public void MovingToPhase2KeepsTheLongTermPlanAsItWas()
    {
        var c = InPhase1(new DateOnly(2026, 11, 30), withGoals: false);
        c.AddGoal("Egen bolig med styr på huslejen", "Budget", "Rådgiver", GoalStatus.InProgress);
        Measure(c, MeasurementPoint.ThreeMonths, new DateOnly(2027, 2, 28));
        c.Advance(CtiTransitionKind.IntoPhase2, new DateOnly(2027, 2, 28), AllDone(CtiTransitionKind.IntoPhase2), null, Today, Now, "w");
        c.UpdateGoal(c.Goals.Single().Id, "Egen bolig – huslejen betales", "Betalingsservice", "Rådgiver", GoalStatus.Achieved);

        var kept = c.PlanVersions.Single();
        kept.GoalsAtTheTime.Single().ShouldBe(new CtiPlanVersion.GoalCopy("Egen bolig med styr på huslejen", "Budget", "Rådgiver", GoalStatus.InProgress));
        c.Goals.Single().Status.ShouldBe(GoalStatus.Achieved);
    }

    [Fact]
    public void CompletingNeedsTheOnePersonWithLongTermResponsibility()
    {
        var c = InPhase1(new DateOnly(2026, 11, 30));
        Measure(c, MeasurementPoint.ThreeMonths, new DateOnly(2027, 2, 28));
        c.Advance(CtiTransitionKind.IntoPhase2, new DateOnly(2027, 2, 28), AllDone(CtiTransitionKind.IntoPhase2), null, Today, Now, "w");
        Measure(c, MeasurementPoint.SixMonths, new DateOnly(2027, 5, 30));
        c.Advance(CtiTransitionKind.IntoPhase3, new DateOnly(2027, 5, 30), AllDone(CtiTransitionKind.IntoPhase3), null, Today, Now, "w");
        c.AddHandoverMeeting(new DateOnly(2027, 7, 20), "Borgeren og Birgit", held: true, Today);
        Measure(c, MeasurementPoint.End, new DateOnly(2027, 8, 29));
        Should.Throw<DomainException>(() => c.Advance(CtiTransitionKind.Complete, new DateOnly(2027, 8, 29), AllDone(CtiTransitionKind.Complete), null, Today, Now, "w"))
            .Message.ShouldContain("den ene person");
        c.UpdateHandoverPlan(null, null, "Birgit Sørensen", "Sagsbehandler", null);
        c.Advance(CtiTransitionKind.Complete, new DateOnly(2027, 8, 29), AllDone(CtiTransitionKind.Complete), null, Today, Now, "w");
        c.Stage.ShouldBe(CtiStage.Completed);
        Should.Throw<DomainException>(() => c.AddGoal("x", null, null, GoalStatus.NotStarted)).Message.ShouldContain("afsluttet");
    }

    [Fact]
    public void InterruptingNeedsTheEndMeasurementUnlessTheCitizenHasDied()
    {
        var moved = InPhase1(new DateOnly(2026, 11, 30));
        Should.Throw<DomainException>(() => moved.Interrupt(InterruptionReason.DeclinedSupport, new DateOnly(2027, 1, 10), null, null, null, Today, Now, "w"))
            .Message.ShouldContain("slutmålingen");
        Measure(moved, MeasurementPoint.End, new DateOnly(2027, 1, 10));
        Should.Throw<DomainException>(() => moved.Interrupt(InterruptionReason.MovedToOtherMunicipality, new DateOnly(2027, 1, 10), null, "Aarhus Kommune", null, Today, Now, "w"))
            .Message.ShouldContain("kontaktpersonen");
        moved.Interrupt(InterruptionReason.MovedToOtherMunicipality, new DateOnly(2027, 1, 10), null, "Aarhus Kommune", "Lene Holm", Today, Now, "w");
        moved.Stage.ShouldBe(CtiStage.Interrupted);
        moved.ReceivingMunicipality.ShouldBe("Aarhus Kommune");

        var died = InPhase1(new DateOnly(2026, 11, 30));
        died.Interrupt(InterruptionReason.Died, new DateOnly(2027, 1, 10), null, null, null, Today, Now, "w");
        died.EndMeasurementMissingBecause.ShouldBe("Slutmåling ikke mulig: borgeren er død.");
    }

    [Fact]
    public void OnlyACtiCourseGetsTheEngine()
        => Should.Throw<DomainException>(() => new CtiCourse(new Course(Guid.NewGuid(), Guid.NewGuid(), Method.Act, Today, "w", Now, null), MoveIn, CtiResidence.Prison));
}
