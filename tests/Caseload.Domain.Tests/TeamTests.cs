using Caseload.Domain.Common;
using Caseload.Domain.Teams;

namespace Caseload.Domain.Tests;

public class TeamTests
{
    [Fact]
    public void DefaultCaseloadLimitIsTenPerFullTimeWorker()
        => new Team("ACT Nord", Method.Act).CaseloadLimitPerFte.ShouldBe(10m);

    [Theory]
    [InlineData(0.05)]
    [InlineData(1.1)]
    [InlineData(0)]
    public void RejectsFteOutsideTenthToOne(double fte)
    {
        var team = new Team("CTI", Method.Cti);
        Should.Throw<DomainException>(() => team.AddMember("u1", TeamRole.Member, (decimal)fte))
            .Message.ShouldBe("Årsværk skal være mellem 0,1 og 1,0.");
    }

    [Fact]
    public void AUserIsMemberOnlyOnce()
    {
        var team = new Team("FS", Method.Outreach);
        team.AddMember("u1", TeamRole.Member);
        Should.Throw<DomainException>(() => team.AddMember("u1", TeamRole.Leader));
        team.Members.Count.ShouldBe(1);
    }

    [Fact]
    public void KnowsItsLeaders()
    {
        var team = new Team("ACT", Method.Act);
        team.AddMember("leader", TeamRole.Leader);
        team.AddMember("worker", TeamRole.Member, 0.5m, "Sygeplejerske");
        team.IsLeader("leader").ShouldBeTrue();
        team.IsLeader("worker").ShouldBeFalse();
    }

    [Fact]
    public void RequiresAName() => Should.Throw<DomainException>(() => new Team(" ", Method.Act));
}
