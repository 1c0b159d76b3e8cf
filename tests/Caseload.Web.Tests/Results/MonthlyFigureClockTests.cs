using Caseload.Application.Common.Time;
using Caseload.Application.Results;
using Caseload.Domain.Teams;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Caseload.Web.Tests.Results;

/// <summary>A contact counts in the Danish calendar month it happened in — at 00:05 and 23:59, at a month's end and across
/// the daylight-saving changes — and the page's default period follows the Danish date (ADR 0010, ADR 0031).</summary>
public abstract class MonthlyFigureClockTests<TApp> where TApp : CaseloadAppFactory, new()
{
    [Fact]
    public async Task AContactCountsInItsDanishMonthAtAnyHour()
    {
        var clock = new FakeTimeProvider();
        clock.MoveTo("2026-04-01 00:05"); // summer time: it is still 31 March in UTC
        await using var app = new TApp { Clock = clock };
        var bent = await app.CitizenIdAsync("Bent Kristensen");
        var team = await app.QueryAsync(db => db.Teams.Where(t => t.Method == Method.Act).Select(t => t.Id).SingleAsync());
        Task<long> F2fAsync(int year, int month) => app.QueryAsync(db => db.MonthlyFigures
            .Where(f => f.TeamId == team && f.Month == new DateOnly(year, month, 1) && f.Key == FigureKeys.FaceToFace).SumAsync(f => f.Count));

        async Task AddAsync(string danishTime)
        {
            using var leader = await app.SignedInAsync("teamleder.act@caseload.local");
            await leader.SubmitAsync($"/borgere/{bent}", "/kontakter", ("Contact.OccurredAt", danishTime), ("Contact.Channel", "HomeVisit"), ("Contact.Achieved", "true"));
        }

        async Task ShouldCountInAsync(string danishTime, int year, int month)
        {
            var before = await F2fAsync(year, month);
            await AddAsync(danishTime);
            (await F2fAsync(year, month)).ShouldBe(before + 1, danishTime);
        }

        await ShouldCountInAsync("2026-04-01T00:02", 2026, 4); // 22:02 UTC on 31 March
        await ShouldCountInAsync("2026-03-31T23:59", 2026, 3);
        ResultsPeriod.LastTwelveMonths(new DanishClock(clock).Today).ShouldBe(new ResultsPeriod(new DateOnly(2025, 5, 1), new DateOnly(2026, 4, 1)));

        clock.MoveTo("2026-10-31 23:59"); // winter time again since 25 October
        await ShouldCountInAsync("2026-10-31T23:59", 2026, 10); // 22:59 UTC
        await ShouldCountInAsync("2026-10-25T02:30", 2026, 10); // the hour that happens twice

        clock.MoveTo("2026-11-01 00:05");
        await ShouldCountInAsync("2026-11-01T00:05", 2026, 11); // 23:05 UTC on 31 October
        using var page = await app.SignedInAsync("teamleder.act@caseload.local");
        (await page.GetPageAsync("/resultater/act")).QuerySelector("#periode")!.TextContent.ShouldContain("01-12-2025 – 01-11-2026");
    }

    [Theory]
    [InlineData("2026-03-29 00:05", "2025-04-01", "2026-03-29")] // the night summer time starts
    [InlineData("2026-01-31 23:59", "2025-02-01", "2026-01-31")] // month end, 22:59 UTC
    [InlineData("2026-02-01 00:05", "2025-03-01", "2026-02-01")] // 23:05 UTC the day before
    public void TheDefaultPeriodIsTheLastTwelveDanishMonths(string now, string from, string to)
    {
        var clock = new FakeTimeProvider();
        clock.MoveTo(now);
        ResultsPeriod.LastTwelveMonths(new DanishClock(clock).Today).ShouldBe(new ResultsPeriod(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void AnyRangeIsWidenedToWholeMonthsAndTheCurrentMonthEndsToday()
    {
        var today = new DateOnly(2026, 12, 7);
        ResultsPeriod.Parse(new DateOnly(2026, 2, 14), new DateOnly(2026, 5, 3), today).ShouldBe(new ResultsPeriod(new DateOnly(2026, 2, 1), new DateOnly(2026, 5, 31)));
        ResultsPeriod.Parse(new DateOnly(2026, 11, 20), new DateOnly(2027, 1, 1), today).ShouldBe(new ResultsPeriod(new DateOnly(2026, 11, 1), today));
        ResultsPeriod.Parse(new DateOnly(2026, 5, 1), new DateOnly(2026, 1, 1), today).ShouldBeNull();
        FigureRules.FortnightOf(new DateOnly(2026, 2, 14)).ShouldBe(new DateOnly(2026, 2, 1));
        FigureRules.FortnightEnd(new DateOnly(2026, 2, 15)).ShouldBe(new DateOnly(2026, 3, 1));
    }
}

public sealed class MonthlyFigureClockTestsOnSqlite : MonthlyFigureClockTests<SqliteAppFactory>;
public sealed class MonthlyFigureClockTestsOnPostgres : MonthlyFigureClockTests<PostgresAppFactory>;
