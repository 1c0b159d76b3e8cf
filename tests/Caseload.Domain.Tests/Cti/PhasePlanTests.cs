using Caseload.Domain.Cti;

namespace Caseload.Domain.Tests.Cti;

/// <summary>domain.md Appendix B: dates from S, not chained; AddMonths clamps to a shorter month's last day.</summary>
public class PhasePlanTests
{
    [Theory]
    // S            phase 2      phase 3      last day     handover due
    [InlineData("2026-11-30", "2027-02-28", "2027-05-30", "2027-08-29", "2027-07-30")] // Feb clamps; phase 3 is S + 6, not phase 2 + 3
    [InlineData("2026-08-31", "2026-11-30", "2027-02-28", "2027-05-30", "2027-04-30")]
    [InlineData("2028-02-29", "2028-05-29", "2028-08-29", "2028-11-28", "2028-10-29")] // leap day start
    [InlineData("2027-11-30", "2028-02-29", "2028-05-30", "2028-08-29", "2028-07-30")] // into a leap February
    [InlineData("2026-01-01", "2026-04-01", "2026-07-01", "2026-09-30", "2026-09-01")]
    [InlineData("2026-03-31", "2026-06-30", "2026-09-30", "2026-12-30", "2026-11-30")]
    public void PhaseDatesAreComputedFromTheStartDate(string start, string phase2, string phase3, string lastDay, string handoverDue)
    {
        var plan = new PhasePlan(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture));
        plan.Phase2Start.ShouldBe(DateOnly.Parse(phase2, System.Globalization.CultureInfo.InvariantCulture));
        plan.Phase3Start.ShouldBe(DateOnly.Parse(phase3, System.Globalization.CultureInfo.InvariantCulture));
        plan.PlannedLastDay.ShouldBe(DateOnly.Parse(lastDay, System.Globalization.CultureInfo.InvariantCulture));
        plan.HandoverMeetingDue.ShouldBe(DateOnly.Parse(handoverDue, System.Globalization.CultureInfo.InvariantCulture));
        plan.Phase1End.ShouldBe(plan.Phase2Start.AddDays(-1));
        plan.Phase2End.ShouldBe(plan.Phase3Start.AddDays(-1));
    }

    [Theory]
    [InlineData("2026-03-31", "2026-02-28")] // one month before, clamped
    [InlineData("2028-03-30", "2028-02-29")]
    [InlineData("2026-01-15", "2025-12-15")]
    public void TheEarliestStartIsOneMonthBeforeMoveIn(string moveIn, string earliest)
        => PhasePlan.EarliestStart(DateOnly.Parse(moveIn, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void PlannedPhaseOfADate()
    {
        var plan = new PhasePlan(new DateOnly(2026, 11, 30));
        plan.PlannedPhaseOn(new DateOnly(2026, 11, 29)).ShouldBeNull();
        plan.PlannedPhaseOn(new DateOnly(2027, 2, 27)).ShouldBe(1);
        plan.PlannedPhaseOn(new DateOnly(2027, 2, 28)).ShouldBe(2);
        plan.PlannedPhaseOn(new DateOnly(2027, 8, 29)).ShouldBe(3);
        plan.PlannedPhaseOn(new DateOnly(2027, 8, 30)).ShouldBeNull();
    }
}
