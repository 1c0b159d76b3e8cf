using Caseload.Application.Common.Time;
using Microsoft.Extensions.Time.Testing;

namespace Caseload.Web.Tests.House;

/// <summary>The one clock: Danish dates and day counts at the edges of the day and across daylight saving.</summary>
public sealed class DanishClockTests
{
    private static DanishClock At(string utc) => new(new FakeTimeProvider(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-11-24T23:05:00Z", "2026-11-25")] // 00:05 Danish winter time
    [InlineData("2026-11-25T22:59:00Z", "2026-11-25")] // 23:59
    [InlineData("2026-06-30T22:30:00Z", "2026-07-01")] // summer time: UTC+2
    [InlineData("2028-02-28T23:30:00Z", "2028-02-29")] // leap day
    [InlineData("2026-03-28T23:05:00Z", "2026-03-29")] // the night summer time starts
    [InlineData("2026-10-24T22:05:00Z", "2026-10-25")] // the night summer time ends (still UTC+2 then)
    public void TodayIsTheDanishDate(string utc, string expected)
        => At(utc).Today.ShouldBe(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void DaysSinceCountsDanishCalendarDaysNotUtcDays()
    {
        var clock = At("2026-11-24T23:05:00Z"); // 00:05 on 25 November in Denmark
        clock.DaysSince(new DateTime(2026, 11, 24, 23, 1, 0, DateTimeKind.Utc)).ShouldBe(0); // 00:01 the same Danish day
        clock.DaysSince(new DateTime(2026, 11, 24, 22, 59, 0, DateTimeKind.Utc)).ShouldBe(1); // 23:59 the day before
        At("2026-03-30T10:00:00Z").DaysSince(new DateTime(2026, 3, 28, 10, 0, 0, DateTimeKind.Utc)).ShouldBe(2); // across the spring change
    }

    [Fact]
    public void ATimeInTheSkippedHourIsRefusedAndTheRepeatedHourIsReadAsSummerTime()
    {
        DanishTime.TryToUtc(new DateTime(2026, 3, 29, 2, 30, 0), out _).ShouldBeFalse();
        DateRules.IsInDaylightSavingGap(new DateTime(2026, 3, 29, 2, 30, 0)).ShouldBeTrue();
        DanishTime.TryToUtc(new DateTime(2026, 10, 25, 2, 30, 0), out var utc).ShouldBeTrue();
        utc.ShouldBe(new DateTime(2026, 10, 25, 0, 30, 0, DateTimeKind.Utc));
        DanishTime.TryToUtc(new DateTime(2026, 11, 25, 14, 59, 0), out var winter).ShouldBeTrue();
        winter.ShouldBe(new DateTime(2026, 11, 25, 13, 59, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void TheDefaultTimeOfANewContactIsDanishLocalTimeToTheMinute()
        => At("2026-07-01T12:34:56Z").LocalNowToMinute.ShouldBe(new DateTime(2026, 7, 1, 14, 34, 0));
}
