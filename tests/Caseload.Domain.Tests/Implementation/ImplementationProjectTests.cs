using Caseload.Domain.Common;
using Caseload.Domain.Implementation;
using Caseload.Domain.Teams;

namespace Caseload.Domain.Tests.Implementation;

public class ImplementationProjectTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly DateTime Now = new(2026, 11, 25, 9, 0, 0, DateTimeKind.Utc);

    private static ImplementationProject Project() => new(Method.Act, "Socialpsykiatrien", ImplementationPhase.Decide, Today.AddMonths(-3));

    [Fact]
    public void TheChecklistsAreTheFourPhasesOfAppendixA()
    {
        ImplementationChecklists.Items.Select(kv => (kv.Key, kv.Value.Count)).ShouldBe(
            [(ImplementationPhase.Decide, 4), (ImplementationPhase.Plan, 7), (ImplementationPhase.CarryOut, 5), (ImplementationPhase.Anchor, 5)]);
        ImplementationChecklists.Items[ImplementationPhase.Decide][1].ShouldBe("Der er gennemført en parathedsvurdering.");
    }

    [Fact]
    public void ATickKeepsWhoAndWhenAndAnUntickIsKeptToo()
    {
        var p = Project();
        p.Tick(ImplementationPhase.Decide, 2, true, "Lars Leder", Now, "Vurderet på ledermødet");
        var item = p.Checklist(ImplementationPhase.Decide)[1];
        (item.Done, item.Latest!.By, item.Latest.At, item.Latest.Note).ShouldBe((true, "Lars Leder", Now, "Vurderet på ledermødet"));
        p.Checklist(ImplementationPhase.Decide).Count(i => i.Done).ShouldBe(1);

        p.Tick(ImplementationPhase.Decide, 2, false, "Tove Thomsen", Now.AddHours(1), null);
        p.Checklist(ImplementationPhase.Decide)[1].Done.ShouldBeFalse();
        p.Checklist(ImplementationPhase.Decide)[1].Latest!.By.ShouldBe("Tove Thomsen");
        p.Ticks.Count.ShouldBe(2); // the history stays
    }

    [Fact]
    public void TickingTwiceOrAnItemThatDoesNotExistIsRefused()
    {
        var p = Project();
        p.Tick(ImplementationPhase.Plan, 7, true, "L", Now, null);
        Should.Throw<DomainException>(() => p.Tick(ImplementationPhase.Plan, 7, true, "L", Now, null)).Message.ShouldBe("Punktet er allerede krydset af.");
        Should.Throw<DomainException>(() => p.Tick(ImplementationPhase.Plan, 1, false, "L", Now, null)).Message.ShouldBe("Punktet er ikke krydset af.");
        Should.Throw<DomainException>(() => p.Tick(ImplementationPhase.Plan, 8, true, "L", Now, null)).Message.ShouldBe("Punktet findes ikke på tjeklisten.");
        Should.Throw<DomainException>(() => p.Tick(ImplementationPhase.Decide, 0, true, "L", Now, null));
    }

    [Fact]
    public void MovingOnPastOpenChecklistItemsNeedsConfirmation()
    {
        var p = Project();
        Should.Throw<DomainException>(() => p.MoveTo(ImplementationPhase.Plan, Today)).Message
            .ShouldStartWith("Beslutningsfasen har 4 åbne punkter på tjeklisten.");
        p.Phase.ShouldBe(ImplementationPhase.Decide);
        for (var i = 1; i <= 4; i++) p.Tick(ImplementationPhase.Decide, i, true, "L", Now, null);
        p.MoveTo(ImplementationPhase.Plan, Today); // all ticked: no question
        p.MoveTo(ImplementationPhase.Decide, Today.AddDays(1)); // going back never asks
        p.Phase.ShouldBe(ImplementationPhase.Decide);
    }

    [Fact]
    public void APhaseCanBeRevisitedAndEveryMoveIsKept()
    {
        var p = Project();
        p.MoveTo(ImplementationPhase.Plan, Today.AddMonths(-2), confirmed: true);
        p.MoveTo(ImplementationPhase.CarryOut, Today.AddMonths(-1), confirmed: true);
        p.MoveTo(ImplementationPhase.Plan, Today); // back, e.g. the team was re-staffed
        (p.Phase, p.PhaseSince).ShouldBe((ImplementationPhase.Plan, Today));
        p.PhaseHistory.Select(h => h.Phase).ShouldBe([ImplementationPhase.Decide, ImplementationPhase.Plan, ImplementationPhase.CarryOut, ImplementationPhase.Plan]);
        Should.Throw<DomainException>(() => p.MoveTo(ImplementationPhase.Plan, Today)).Message.ShouldBe("Implementeringen er allerede i planlægningsfasen.");
    }

    [Theory]
    [InlineData(-1, ActivityStatus.NotStarted, true)]
    [InlineData(-1, ActivityStatus.InProgress, true)]
    [InlineData(-1, ActivityStatus.Done, false)]
    [InlineData(-1, ActivityStatus.Dropped, false)]
    [InlineData(0, ActivityStatus.InProgress, false)] // due today is not over the deadline yet
    [InlineData(30, ActivityStatus.NotStarted, false)]
    public void AnActivityIsOverdueWhenOpenAndPastItsDeadline(int days, ActivityStatus status, bool overdue)
    {
        var p = Project();
        p.SavePlan([new PlanActivity(Guid.Empty, "Supervision", "Månedlig supervision", "Teamleder", Today.AddDays(days), status, null)], []);
        p.Overdue(Today).Count.ShouldBe(overdue ? 1 : 0);
    }

    [Fact]
    public void BlankPlanRowsAreDroppedAndAFilledRowNeedsItsActivityOrRole()
    {
        var p = Project();
        p.SavePlan([new PlanActivity(Guid.Empty, null, "", null, null, ActivityStatus.NotStarted, null), new PlanActivity(Guid.Empty, "Uddannelse", "Grundkursus", null, null, ActivityStatus.Done, null)],
            [new RoleRow(Guid.Empty, RoleLevel.Management, " ", null), new RoleRow(Guid.Empty, RoleLevel.Management, "Leder", "Driver implementeringen")]);
        p.Activities.Single().Activity.ShouldBe("Grundkursus");
        p.Activities.Single().Id.ShouldNotBe(Guid.Empty);
        p.Roles.Single().Role.ShouldBe("Leder");
        Should.Throw<DomainException>(() => p.SavePlan([new PlanActivity(Guid.Empty, "Uddannelse", "", "Leder", null, ActivityStatus.NotStarted, null)], []))
            .Message.ShouldBe("Skriv aktiviteten i hver udfyldt række (eller tøm rækken).");
        Should.Throw<DomainException>(() => p.SavePlan([], [new RoleRow(Guid.Empty, RoleLevel.Management, "", "Ansvar uden rolle")]))
            .Message.ShouldBe("Skriv rollen i hver udfyldt række i rolletabellen.");
    }
}
