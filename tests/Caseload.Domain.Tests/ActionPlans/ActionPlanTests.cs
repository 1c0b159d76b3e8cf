using Caseload.Domain.ActionPlans;
using Caseload.Domain.Common;

namespace Caseload.Domain.Tests.ActionPlans;

public class ActionPlanTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 10, 0, 0, DateTimeKind.Utc);

    private static PlanGoal Goal(string goal, bool declined = false, string? words = null)
        => new(Guid.Empty, LifeArea.Housing, words, goal, null, null, null, PlanGoalStatus.InProgress, declined);

    [Fact]
    public void EverySaveIsARevisionAndADeclinedPartStaysInThePlan()
    {
        var plan = new ActionPlan(Guid.NewGuid(), Guid.NewGuid());
        plan.Save([Goal("Huslejen"), Goal("")], "Huslejen først.", Now.AddDays(-10), "w")!.Number.ShouldBe(1);
        plan.Goals.Count.ShouldBe(1); // the empty row is dropped
        var kept = plan.Goals[0];
        plan.Save([kept, Goal("Tale om forbruget", declined: true)], null, Now, "w")!.Number.ShouldBe(2);
        plan.Goals.Count.ShouldBe(2);
        plan.Goals.Single(g => g.Declined).Goal.ShouldBe("Tale om forbruget");
        plan.Goals[0].Id.ShouldBe(kept.Id); // ids stay across revisions
        plan.Revisions.OrderBy(r => r.Number).First().Goals.Count.ShouldBe(1); // the first revision is as it was
    }

    [Fact]
    public void SavingThePlanAsItStandsIsNoNewRevision()
    {
        var plan = new ActionPlan(Guid.NewGuid(), Guid.NewGuid());
        plan.Save([Goal("Huslejen")], "Huslejen først.", Now.AddDays(-10), "w");
        var version = plan.GoalsJson;
        plan.Save([.. plan.Goals, Goal("")], "Huslejen først.", Now, "w").ShouldBeNull(); // a blank row is no change
        plan.RevisionCount.ShouldBe(1);
        plan.Revisions.Count.ShouldBe(1);
        plan.GoalsJson.ShouldBe(version);
        plan.Save([plan.Goals[0] with { Status = PlanGoalStatus.Reached }], "Huslejen først.", Now, "w")!.Number.ShouldBe(2);
        plan.Save(plan.Goals, "Huslejen er betalt.", Now, "w")!.Number.ShouldBe(3); // the citizen's view alone is a change
    }

    [Fact]
    public void AFilledRowNeedsItsGoal()
        => Should.Throw<DomainException>(() => new ActionPlan(Guid.NewGuid(), Guid.NewGuid()).Save([Goal("", words: "Jeg vil blive boende.")], null, Now, "w"))
            .Message.ShouldBe("Skriv målet for hvert livsområde, der er udfyldt (eller tøm rækken).");

    /// <summary>Issue #27 item 12: "hvornår" and the citizen's own resources (domain.md §7) per goal; a plan saved before
    /// they existed reads them as empty.</summary>
    [Fact]
    public void AGoalKeepsWhenAndTheCitizensOwnResources()
    {
        var plan = new ActionPlan(Guid.NewGuid(), Guid.NewGuid());
        plan.Save([Goal("Huslejen") with { When = "Inden den 1. i måneden", Resources = "Jeg er god til at holde styr på papirer, når nogen sidder med." }], null, Now, "w");
        plan.Goals.Single().When.ShouldBe("Inden den 1. i måneden");
        plan.Goals.Single().Resources.ShouldBe("Jeg er god til at holde styr på papirer, når nogen sidder med.");
    }

    [Fact]
    public void ARowWithOnlyResourcesNeedsItsGoalAndAnOldPlanReadsWithoutThem()
    {
        var plan = new ActionPlan(Guid.NewGuid(), Guid.NewGuid());
        Should.Throw<DomainException>(() => plan.Save([Goal("") with { Resources = "Min søster hjælper mig." }], null, Now, "w"));
        var old = Caseload.Domain.Common.JsonRows.Read<PlanGoal>(
            "[{\"Id\":\"6f1c2b1e-0000-0000-0000-000000000001\",\"Area\":4,\"CitizensWords\":null,\"Goal\":\"Huslejen\",\"Actions\":null,\"WhoInTeam\":null,\"FollowUpOn\":null,\"Status\":1,\"Declined\":false}]");
        old.Single().When.ShouldBeNull();
        old.Single().Resources.ShouldBeNull();
    }
}
