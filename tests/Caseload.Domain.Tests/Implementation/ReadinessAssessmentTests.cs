using Caseload.Domain.Common;
using Caseload.Domain.Implementation;

namespace Caseload.Domain.Tests.Implementation;

public class ReadinessAssessmentTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static DriverAssessment[] All(int score, ImplementationDriver? other = null, int otherScore = 0)
        => [.. Enum.GetValues<ImplementationDriver>().Select(d => new DriverAssessment(d, "Styrke", null, null, null, d == other ? otherScore : score, null))];

    [Fact]
    public void AllFiveDriversAreAssessedWithAScoreFromOneToFive()
    {
        Should.Throw<DomainException>(() => new ReadinessAssessment(Guid.NewGuid(), Today, All(3).Take(4), Today))
            .Message.ShouldBe("Vurdér alle fem drivere: intervention, organisation, ledelse, medarbejdere og kontekst.");
        Should.Throw<DomainException>(() => new ReadinessAssessment(Guid.NewGuid(), Today, All(3, ImplementationDriver.People, 6), Today))
            .Message.ShouldBe("Giv medarbejderne en parathed fra 1 til 5.");
        Should.Throw<DomainException>(() => new ReadinessAssessment(Guid.NewGuid(), Today.AddDays(1), All(3), Today))
            .Message.ShouldBe("Vurderingen kan ikke ligge i fremtiden.");
        new ReadinessAssessment(Guid.NewGuid(), Today, All(3, ImplementationDriver.Leadership, 5), Today).Average.ShouldBe(3.4);
    }

    [Fact]
    public void TheLatestIsComparedWithThePreviousDriverByDriver()
    {
        var project = Guid.NewGuid();
        var first = new ReadinessAssessment(project, Today.AddMonths(-6), All(2), Today);
        var second = new ReadinessAssessment(project, Today, All(3, ImplementationDriver.Context, 1), Today);
        var changes = second.ComparedWith(first);
        changes.Single(c => c.Driver == ImplementationDriver.Leadership).Change.ShouldBe(1);
        changes.Single(c => c.Driver == ImplementationDriver.Context).Change.ShouldBe(-1);
        first.ComparedWith(null).ShouldAllBe(c => c.Change == null);
    }
}
