using System.Globalization;
using Caseload.Application.ActionPlans;
using Caseload.Application.Common.Time;
using Caseload.Domain.ActionPlans;
using Microsoft.Extensions.Time.Testing;

namespace Caseload.Web.Tests.Act;

/// <summary>The week view's weeks (ADR 0033) through the one clock: "this week" is the ISO week of the Danish date, so 00:05,
/// 09:00, 14:59 and 23:59 Danish time give the same week as noon — on an ordinary Monday and Sunday, on the Sunday summer time
/// ends (25-10-2026) and across the year end with its week 53 (28-12-2026 … 03-01-2027). The feed's times are UTC, an hour
/// apart on either side of the change.</summary>
public sealed class VisitWeekRulesTests
{
    private static DanishClock ClockAt(string day, int hour, int minute)
    {
        DanishTime.TryToUtc(DateOnly.Parse(day, CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(hour, minute)), out var utc).ShouldBeTrue();
        return new DanishClock(new FakeTimeProvider(new DateTimeOffset(utc, TimeSpan.Zero)));
    }

    public static TheoryData<string, int, int, string, string> Clocks()
    {
        var data = new TheoryData<string, int, int, string, string>();
        foreach (var (hour, minute) in new[] { (0, 5), (9, 0), (14, 59), (23, 59) })
        {
            data.Add("2026-12-07", hour, minute, "2026-W50", "2026-12-07"); // an ordinary Monday
            data.Add("2026-12-13", hour, minute, "2026-W50", "2026-12-07"); // and its Sunday
            data.Add("2026-10-25", hour, minute, "2026-W43", "2026-10-19"); // summer time ends: 03.00 → 02.00
            data.Add("2026-10-26", hour, minute, "2026-W44", "2026-10-26"); // the Monday after (00:05 is still 25-10 in UTC)
            data.Add("2026-03-29", hour, minute, "2026-W13", "2026-03-23"); // summer time starts
            data.Add("2026-12-28", hour, minute, "2026-W53", "2026-12-28"); // week 53 begins
            data.Add("2026-12-31", hour, minute, "2026-W53", "2026-12-28");
            data.Add("2027-01-01", hour, minute, "2026-W53", "2026-12-28"); // New Year's Day is in 2026's week 53
            data.Add("2027-01-03", hour, minute, "2026-W53", "2026-12-28");
            data.Add("2027-01-04", hour, minute, "2027-W01", "2027-01-04");
        }
        return data;
    }

    [Theory, MemberData(nameof(Clocks))]
    public void ThisWeekIsTheIsoWeekOfTheDanishDateAtAnyHour(string day, int hour, int minute, string week, string monday)
    {
        var clock = ClockAt(day, hour, minute);
        clock.Today.ShouldBe(DateOnly.Parse(day, CultureInfo.InvariantCulture));
        var w = VisitWeek.Of(clock.Today);
        w.ToString().ShouldBe(week);
        w.Monday.ShouldBe(DateOnly.Parse(monday, CultureInfo.InvariantCulture));
        w.Days.Count.ShouldBe(7);
        w.Contains(clock.Today).ShouldBeTrue();
        VisitWeek.Parse(week).ShouldBe(w);
    }

    [Fact]
    public void Week53LiesBetween52AndTheNextYearsFirstAndParsingRefusesWeeksThatDoNotExist()
    {
        var w53 = VisitWeek.Parse("2026-W53")!.Value;
        (w53.Monday, w53.Sunday).ShouldBe((new DateOnly(2026, 12, 28), new DateOnly(2027, 1, 3)));
        w53.Previous.ToString().ShouldBe("2026-W52");
        w53.Next.ToString().ShouldBe("2027-W01");
        w53.Next.Previous.ShouldBe(w53);
        w53.Danish.ShouldBe("Uge 53, 2026");
        VisitWeek.Parse("2025-W53").ShouldBeNull(); // 2025 has 52 weeks
        VisitWeek.Parse("2026-W54").ShouldBeNull();
        VisitWeek.Parse("2026-W00").ShouldBeNull();
        VisitWeek.Parse("uge 3").ShouldBeNull();
        VisitWeek.Parse("2026-W-1").ShouldBeNull();
        VisitWeek.Parse("99999999999-W01").ShouldBeNull();
        VisitWeek.Parse("2026-w05")!.Value.ToString().ShouldBe("2026-W05");
    }

    [Fact]
    public void TheFeedWritesDanishTimesAsUtcOnBothSidesOfTheChangeAndNoNames()
    {
        var ics = VisitCalendar.Write(
        [
            new(Guid.NewGuid(), TeamVisit.Initials("Kim Dahl"), VisitPlace.Home, new DateOnly(2026, 10, 23), new TimeOnly(10, 0)),   // summer: UTC+2
            new(Guid.NewGuid(), TeamVisit.Initials("Jytte Poulsen"), VisitPlace.DropInCentre, new DateOnly(2026, 10, 26), new TimeOnly(10, 0)), // winter: UTC+1
            new(Guid.NewGuid(), TeamVisit.Initials("Anne-Marie  Ørsted Hansen"), VisitPlace.Community, new DateOnly(2026, 12, 31), new TimeOnly(23, 30)),
        ], new DateTime(2026, 10, 20, 12, 0, 0, DateTimeKind.Utc));
        ics.ShouldContain("DTSTART:20261023T080000Z");
        ics.ShouldContain("DTSTART:20261026T090000Z");
        ics.ShouldContain("DTSTART:20261231T223000Z");
        ics.ShouldContain("SUMMARY:Besøg K.D. (Hjemme)");
        ics.ShouldContain("SUMMARY:Besøg J.P. (Værested)");
        ics.ShouldContain("SUMMARY:Besøg A.H. (I lokalområdet)");
        ics.ShouldNotContain("Kim");
        ics.ShouldNotContain("Poulsen");
        ics.Split("\r\n").Where(l => l.Length > 0).ShouldAllBe(l => System.Text.Encoding.UTF8.GetByteCount(l) <= 75);
        TeamVisit.Initials("").ShouldBe("?");
    }
}
