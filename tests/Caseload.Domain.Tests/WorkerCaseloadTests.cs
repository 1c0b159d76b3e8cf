using Caseload.Domain.Teams;

namespace Caseload.Domain.Tests;

public class WorkerCaseloadTests
{
    [Fact]
    public void HalfTimeWorkerWithSixCitizensIsOverALimitOfTenPerFte()
    {
        var load = new WorkerCaseload(0.5m, 6, 10m);
        load.CitizensPerFte.ShouldBe(12m);
        load.Capacity.ShouldBe(5m);
        load.State.ShouldBe(CaseloadState.Over);
    }

    [Theory]
    [InlineData(1.0, 10, CaseloadState.AtLimit)]  // exactly the limit
    [InlineData(1.0, 9, CaseloadState.AtLimit)]   // 90 % of it
    [InlineData(1.0, 8, CaseloadState.Under)]
    [InlineData(1.0, 11, CaseloadState.Over)]
    [InlineData(0.5, 5, CaseloadState.AtLimit)]
    [InlineData(0.5, 4, CaseloadState.Under)]
    [InlineData(0.8, 8, CaseloadState.AtLimit)]
    [InlineData(0.8, 9, CaseloadState.Over)]
    public void StateFollowsCitizensPerFte(double fte, int citizens, CaseloadState expected)
        => new WorkerCaseload((decimal)fte, citizens, 10m).State.ShouldBe(expected);

    [Fact]
    public void TeamSpecificLimitIsUsed() => new WorkerCaseload(1.0m, 9, 8m).State.ShouldBe(CaseloadState.Over);
}
