using Caseload.Application.Common.Time;
using Caseload.Application.DeadlineMail;
using Caseload.Application.Engines;
using Caseload.Domain.Common;
using Caseload.Domain.Courses;
using Caseload.Domain.DeadlineMail;
using Caseload.TestSupport;
using Caseload.Web.Tests.Act;
using Caseload.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Caseload.Web.Tests.Operations;

/// <summary>The deadline mail's day and window (issue #32 item 3): working days only, within the sending hours, on Danish
/// local time — at fixed clocks across the day, across both daylight-saving changes, a month end and a leap day.</summary>
public sealed class DeadlineMailRulesTests
{
    private static readonly WorkingDayCalendar Calendar = new();
    private static readonly TimeOnly From = new(7, 0), Until = new(16, 0);

    private static DateOnly? DayAt(string day, int hour, int minute)
        => DeadlineDigestRules.DueDay(DanishTime.ToLocal(SmsScenario.Danish(day, hour, minute).UtcDateTime), From, Until, Calendar);

    [Theory]
    [InlineData("2026-12-09", 0, 5, false)]   // Wednesday, at night
    [InlineData("2026-12-09", 6, 59, false)]
    [InlineData("2026-12-09", 7, 0, true)]
    [InlineData("2026-12-09", 9, 0, true)]
    [InlineData("2026-12-09", 14, 59, true)]
    [InlineData("2026-12-09", 16, 0, false)]
    [InlineData("2026-12-09", 23, 59, false)]
    [InlineData("2026-12-12", 9, 0, false)]   // Saturday
    [InlineData("2026-12-25", 9, 0, false)]   // Juledag, a Friday
    [InlineData("2026-03-30", 7, 0, true)]    // the Monday after summer time began (05:00 UTC)
    [InlineData("2026-03-30", 6, 59, false)]
    [InlineData("2026-10-26", 7, 0, true)]    // the Monday after it ended (06:00 UTC)
    [InlineData("2026-10-26", 6, 59, false)]
    [InlineData("2028-02-29", 9, 0, true)]    // a leap day, a Tuesday
    public void TheMailGoesOnWorkingDaysWithinTheHoursOnly(string day, int hour, int minute, bool sends)
        => DayAt(day, hour, minute).ShouldBe(sends ? DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture) : null);

    [Theory]
    [InlineData("2026-12-09", "2026-12-14")] // Wednesday → Thursday, Friday, Monday
    [InlineData("2026-12-30", "2027-01-05")] // over the month end and New Year's Day: 31 Dec, 4 Jan, 5 Jan
    [InlineData("2028-02-28", "2028-03-02")] // over the leap day
    public void TheWindowIsThreeWorkingDays(string today, string horizon)
        => DeadlineDigestRules.Horizon(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), 3, Calendar)
            .ShouldBe(DateOnly.Parse(horizon, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void TheTextCarriesCountsAndALinkOnly()
    {
        var body = DeadlineDigestRules.Body(4, 1, 3, "https://caseload.kommune.dk/frister");
        body.ShouldContain("Du har 4 frister de næste 3 arbejdsdage. Heraf er 1 overskredet.");
        body.ShouldContain("href=\"https://caseload.kommune.dk/frister\"");
        DeadlineDigestRules.Subject(1).ShouldBe("Caseload: 1 frist de næste dage");
    }
}

/// <summary>The deadline mail on the demo data at a fixed clock (Wednesday 9 December 2026, 09:00): one mail per primary
/// worker with deadlines in the next three working days, counted from every engine's deadlines, never a citizen's name.</summary>
public sealed class DeadlineMailTests : IAsyncLifetime
{
    private readonly SqliteAppFactory _app = SmsScenario.NewApp<SqliteAppFactory>(SmsScenario.Danish("2026-12-09", 9, 0));
    private static readonly DateOnly Today = new(2026, 12, 9), Horizon = new(2026, 12, 14);

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _app.DisposeAsync();

    internal static async Task<DeadlineDigestRun> RunAsync(CaseloadAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DeadlineDigestService>()
            .SendDueAsync(new DeadlineDigestSettings(new(7, 0), new(16, 0), 3, "https://caseload.kommune.dk/frister"));
    }

    internal static List<MimeMessage> Mails(CaseloadAppFactory app)
        => Directory.Exists(app.MailDirectory) ? [.. Directory.GetFiles(app.MailDirectory, "*.eml").Select(f => MimeMessage.Load(f))] : [];

    [Fact]
    public async Task EachWorkerWithDeadlinesGetsOneMailWithTheirCountsAndNoCitizensName()
    {
        var first = await RunAsync(_app);
        first.Day.ShouldBe(Today);
        first.Sent.ShouldBeGreaterThanOrEqualTo(2); // the demo's CTI and outreach workers have deadlines this week
        first.Failed.ShouldBe(0);
        var mails = Mails(_app);
        mails.Count.ShouldBe(first.Sent);
        mails.Select(m => m.To.Mailboxes.Single().Address).Distinct().Count().ShouldBe(mails.Count);

        // Each mail's count is the worker's: every engine's open deadline of the citizens whose active course they are
        // primary worker on, due by Monday 14 December (three working days), overdue ones included.
        foreach (var mail in mails)
        {
            var address = mail.To.Mailboxes.Single().Address;
            var worker = await _app.QueryAsync(db => db.Users.Where(u => u.Email == address).Select(u => u.Id).SingleAsync());
            var citizens = await _app.QueryAsync(db => db.Courses.Where(c => c.PrimaryWorkerId == worker && c.Status == CourseStatus.Active)
                .Select(c => c.CitizenId).Distinct().ToListAsync());
            await using var scope = _app.Services.CreateAsyncScope();
            var open = (await scope.ServiceProvider.GetRequiredService<Deadlines>().ForCitizensAsync(citizens)).Where(d => d.Due <= Horizon).ToList();
            open.ShouldNotBeEmpty();
            var row = await _app.QueryAsync(db => db.DeadlineDigests.AsNoTracking().SingleAsync(d => d.UserId == worker));
            (row.Date, row.Due, row.Overdue, row.SentAt is not null, row.Failure).ShouldBe((Today, open.Count, open.Count(d => d.Due < Today), true, (string?)null));
            (mail.HtmlBody ?? "").ShouldContain($"Du har {(open.Count == 1 ? "1 frist" : $"{open.Count} frister")} de næste 3 arbejdsdage.");
            mail.Subject.ShouldBe(DeadlineDigestRules.Subject(open.Count));
        }

        // Nothing that names a citizen: no name and no CPR number of anyone in the demo.
        var people = await _app.QueryAsync(db => db.Citizens.AsNoTracking().ToListAsync());
        foreach (var text in mails.Select(m => m.Subject + (m.HtmlBody ?? "")))
            foreach (var p in people)
            {
                text.ShouldNotContain(p.Name);
                if (p.Cpr is { } cpr) text.ShouldNotContain(cpr.Digits[..6]);
            }

        // A second run the same day sends nothing.
        var second = await RunAsync(_app);
        (second.Sent, second.Failed).ShouldBe((0, 0));
        Mails(_app).Count.ShouldBe(first.Sent);
    }

    [Fact]
    public async Task ADeactivatedWorkerAndAWorkerWithoutAddressGetNothing()
    {
        var cti = await _app.QueryAsync(db => db.Users.SingleAsync(u => u.Email == "medarbejder1.cti@caseload.local"));
        await _app.QueryAsync(async db =>
        {
            var u = await db.Users.SingleAsync(x => x.Id == cti.Id);
            u.IsActive = false;
            return await db.SaveChangesAsync();
        });

        var run = await RunAsync(_app);
        run.Sent.ShouldBeGreaterThanOrEqualTo(1);
        Mails(_app).ShouldNotContain(m => m.To.Mailboxes.Single().Address == "medarbejder1.cti@caseload.local");
        (await _app.QueryAsync(db => db.DeadlineDigests.CountAsync(d => d.UserId == cti.Id))).ShouldBe(0);
    }
}

/// <summary>Two instances' runs at the same moment send each worker one mail (the claim's unique key, on PostgreSQL).</summary>
public sealed class DeadlineMailPostgresTests : IAsyncLifetime
{
    private readonly PostgresAppFactory _app = SmsScenario.NewApp<PostgresAppFactory>(SmsScenario.Danish("2026-12-09", 9, 0));

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task RunsAtTheSameTimeSendEachWorkerOneMail()
    {
        _ = _app.Services; // the app (and its database) starts once, before the runs race
        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => DeadlineMailTests.RunAsync(_app))));

        var rows = await _app.QueryAsync(db => db.DeadlineDigests.AsNoTracking().ToListAsync());
        rows.Count.ShouldBeGreaterThanOrEqualTo(2);
        rows.Select(r => r.UserId).Distinct().Count().ShouldBe(rows.Count);
        runs.Sum(r => r.Sent).ShouldBe(rows.Count);
        DeadlineMailTests.Mails(_app).Count.ShouldBe(rows.Count);
    }
}
