using Caseload.Domain.Common;

namespace Caseload.Domain.Tests;

public class WorkingDayCalendarTests
{
    private readonly WorkingDayCalendar _calendar = new();

    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2019, 4, 21)]
    public void KnowsEasterSunday(int year, int month, int day)
        => WorkingDayCalendar.EasterSunday(year).ShouldBe(new DateOnly(year, month, day));

    [Theory]
    [InlineData("2026-01-01")] // nytårsdag
    [InlineData("2026-04-02")] // skærtorsdag
    [InlineData("2026-04-03")] // langfredag
    [InlineData("2026-04-06")] // 2. påskedag
    [InlineData("2026-05-14")] // Kristi himmelfartsdag (påske + 39)
    [InlineData("2026-05-25")] // 2. pinsedag (påske + 50)
    [InlineData("2026-12-25")]
    [InlineData("2026-11-22")] // a Sunday
    public void HolidaysAndWeekendsAreNotWorkingDays(string date)
        => _calendar.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).ShouldBeFalse();

    [Fact]
    public void ChristmasEveIsAWorkingDayUnlessConfiguredAsClosingDay()
    {
        var christmasEve = new DateOnly(2026, 12, 24);
        _calendar.IsWorkingDay(christmasEve).ShouldBeTrue();
        new WorkingDayCalendar([(12, 24)]).IsWorkingDay(christmasEve).ShouldBeFalse();
    }

    [Fact]
    public void GeneralPrayerDayIsAHolidayOnlyUpTo2023()
    {
        WorkingDayCalendar.IsPublicHoliday(new DateOnly(2023, 5, 5)).ShouldBeTrue();  // store bededag 2023
        WorkingDayCalendar.IsPublicHoliday(new DateOnly(2024, 4, 26)).ShouldBeFalse(); // abolished from 2024
        _calendar.IsWorkingDay(new DateOnly(2024, 4, 26)).ShouldBeTrue();
    }

    /// <summary>The arithmetic count of working days equals counting day by day — across years, Easter, Christmas,
    /// a leap day and the configured closing days (a 29 February closing day included).</summary>
    [Fact]
    public void WorkingDaysLeftEqualsCountingDayByDay()
    {
        var calendar = new WorkingDayCalendar([(6, 5), (12, 24), (12, 31), (2, 29)]);
        int ByDay(DateOnly from, DateOnly to)
        {
            var n = 0;
            for (var d = from.AddDays(1); d <= to; d = d.AddDays(1)) if (calendar.IsWorkingDay(d)) n++;
            return n;
        }
        var random = new Random(20261125);
        for (var i = 0; i < 2000; i++)
        {
            var a = new DateOnly(2023, 1, 1).AddDays(random.Next(0, 8 * 365));
            var b = a.AddDays(random.Next(0, i % 10 == 0 ? 900 : 40));
            calendar.WorkingDaysLeft(a, b).ShouldBe(ByDay(a, b), $"{a} → {b}");
            calendar.WorkingDaysLeft(b, a).ShouldBe(-ByDay(a, b), $"{b} → {a}");
        }
    }

    [Fact]
    public void WithinTwoWorkingDaysOfAFridayIsTheFollowingTuesday()
        => _calendar.AddWorkingDays(new DateOnly(2026, 11, 20), 2).ShouldBe(new DateOnly(2026, 11, 24));

    [Fact]
    public void WorkingDaysSkipEaster()
        // Wednesday before Easter 2026 + 2 working days: skip Thu, Fri, Sat, Sun, Mon → Tue 7 and Wed 8 April.
        => _calendar.AddWorkingDays(new DateOnly(2026, 4, 1), 2).ShouldBe(new DateOnly(2026, 4, 8));
}

/// <summary>The library's Danish holidays against an independent oracle (Easter by the anonymous Gregorian
/// algorithm and the fixed offsets of the Danish calendar), every day of 2023–2030.</summary>
public class WorkingDayCalendarHolidayTable
{
    public static TheoryData<int> Years() => [.. Enumerable.Range(2023, 8)];

    [Theory]
    [MemberData(nameof(Years))]
    public void TheOfficialHolidaysOfTheYearAreExactlyTheDanishOnes(int year)
    {
        var easter = Easter(year);
        int[] offsets = year <= 2023 ? [-3, -2, 0, 1, 26, 39, 49, 50] : [-3, -2, 0, 1, 39, 49, 50];
        var expected = offsets.Select(o => easter.AddDays(o))
            .Concat([new DateOnly(year, 1, 1), new DateOnly(year, 12, 25), new DateOnly(year, 12, 26)])
            .Order().ToList();
        var actual = Enumerable.Range(0, DateTime.IsLeapYear(year) ? 366 : 365)
            .Select(d => new DateOnly(year, 1, 1).AddDays(d))
            .Where(WorkingDayCalendar.IsPublicHoliday).ToList();
        actual.ShouldBe(expected);
        WorkingDayCalendar.EasterSunday(year).ShouldBe(easter);
    }

    private static DateOnly Easter(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        return new DateOnly(year, (h + l - (7 * m) + 114) / 31, ((h + l - (7 * m) + 114) % 31) + 1);
    }
}
