using Caseload.Domain.Common;
using Caseload.Domain.Cti;
using Caseload.Domain.Implementation;
using Caseload.Domain.Teams;

namespace Caseload.Domain.Tests.Implementation;

public class GroupsReflectionAndRoleTests
{
    [Theory]
    [InlineData(ImplementationPhase.Plan, "2026-10-01", null, "2026-12-01")]          // not met yet: from the phase start
    [InlineData(ImplementationPhase.CarryOut, "2026-10-01", "2026-11-15", "2027-01-15")] // from the latest meeting
    [InlineData(ImplementationPhase.CarryOut, "2026-10-01", "2026-09-20", "2026-12-01")] // a meeting before the phase does not count
    [InlineData(ImplementationPhase.Plan, "2026-10-01", "2026-12-31", "2027-02-28")]  // month end: the last day of February
    [InlineData(ImplementationPhase.Plan, "2027-10-01", "2027-12-29", "2028-02-29")]  // leap day
    [InlineData(ImplementationPhase.Decide, "2026-10-01", null, null)]
    [InlineData(ImplementationPhase.Anchor, "2026-10-01", "2026-11-01", null)]
    public void TheImplementationTeamMeetsEveryTwoMonthsWhilePlanningAndCarryingOut(ImplementationPhase phase, string since, string? last, string? due)
        => ImplementationMeeting.NextTeamMeetingDue(phase, DateOnly.Parse(since), last is null ? null : DateOnly.Parse(last))
            .ShouldBe(due is null ? null : DateOnly.Parse(due));

    [Fact]
    public void AMeetingNeedsAgendaOrMinutesAndCannotLieMoreThanAYearAhead()
    {
        var today = new DateOnly(2026, 12, 4);
        Should.Throw<DomainException>(() => new ImplementationMeeting(Guid.NewGuid(), ImplementationGroup.SteeringGroup, today, "Alle", null, " ", null, today))
            .Message.ShouldBe("Skriv dagsordenen eller referatet.");
        Should.Throw<DomainException>(() => new ImplementationMeeting(Guid.NewGuid(), ImplementationGroup.SteeringGroup, today.AddYears(1).AddDays(1), null, "Punkt 1", null, null, today))
            .Message.ShouldBe("Mødet kan højst ligge et år frem.");
        new ImplementationMeeting(Guid.NewGuid(), ImplementationGroup.ImplementationTeam, today, null, "Punkt 1", null, null, today).Agenda.ShouldBe("Punkt 1");
    }

    [Fact]
    public void AReflectionActionGoesIntoThePlanOnceAndKeepsItsMarkWhenTheDayIsSaved()
    {
        var project = new ImplementationProject(Method.Act, "Socialpsykiatrien", ImplementationPhase.CarryOut, new DateOnly(2026, 1, 5));
        var day = new ReflectionDay(project.Id, new DateOnly(2026, 11, 30), [new("Borgere pr. årsværk", "8,6", null)], new DateOnly(2026, 11, 20));
        day.Change(day.HeldOn, day.Purpose, day.Agenda, null, null, "Vi mangler overgangsmøder",
            [new(Guid.Empty, "Fast dagsorden", "Jens", new DateOnly(2027, 1, 31), null), new(Guid.Empty, " ", null, null, null)]);
        var action = day.Actions.ShouldHaveSingleItem();

        day.AddToPlan(action.Id, project, new DateOnly(2026, 12, 4));
        var activity = project.Activities.ShouldHaveSingleItem();
        (activity.FocusArea, activity.Activity, activity.Responsible, activity.Deadline).ShouldBe(("Refleksionsdag 30.11.2026", "Fast dagsorden", "Jens", new DateOnly(2027, 1, 31)));
        Should.Throw<DomainException>(() => day.AddToPlan(action.Id, project, new DateOnly(2026, 12, 4))).Message.ShouldBe("Handlingen er allerede føjet til implementeringsplanen.");

        day.Change(day.HeldOn, day.Purpose, day.Agenda, null, null, null, [action with { Action = "Fast dagsorden for teammøder", AddedToPlanOn = null }]);
        day.Actions.ShouldHaveSingleItem().AddedToPlanOn.ShouldBe(new DateOnly(2026, 12, 4)); // the mark is the domain's, not the form's
        day.Figures.ShouldHaveSingleItem().Value.ShouldBe("8,6"); // the snapshot is not recounted

        var other = new ImplementationProject(Method.Act, "Andet", ImplementationPhase.Plan, new DateOnly(2026, 1, 5));
        Should.Throw<DomainException>(() => day.AddToPlan(action.Id, other, new DateOnly(2026, 12, 4)));
    }

    [Fact]
    public void ARoleDescriptionHasTheTasksOfTheMethodsStages()
    {
        var cti = new RoleDescription(Method.Cti, " CTI-medarbejder ", [.. new[] { CtiStage.ContactPeriod, CtiStage.Phase1, CtiStage.Phase2, CtiStage.Phase3 }.Select(s => s.Danish())]);
        cti.Role.ShouldBe("CTI-medarbejder");
        cti.Change("CTI-medarbejder", "Bro til det faste netværk", new Dictionary<string, string?> { [CtiStage.Phase2.Danish()] = "Afprøvning af netværket", ["Ukendt"] = "tabt" },
            null, null);
        cti.Tasks.Select(t => t.Stage).ShouldBe(new[] { CtiStage.ContactPeriod, CtiStage.Phase1, CtiStage.Phase2, CtiStage.Phase3 }.Select(s => s.Danish()));
        cti.Tasks.Single(t => t.Stage == CtiStage.Phase2.Danish()).Tasks.ShouldBe("Afprøvning af netværket");
        cti.Tasks.ShouldNotContain(t => t.Tasks == "tabt");
        new RoleDescription(Method.Act, "Sygeplejerske", CourseStages.Default).Tasks.Count.ShouldBe(4);
        RoleDescription.KeyOf(" sygeplejerske").ShouldBe(RoleDescription.KeyOf("Sygeplejerske "));
        Should.Throw<DomainException>(() => cti.Change(" ", null, new Dictionary<string, string?>(), null, null)).Message.ShouldBe("Skriv rollen eller faggruppen.");
    }
}
