using Caseload.Application.Common.Time;
using Caseload.Domain.Contacts;
using Caseload.Infrastructure.Persistence;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Caseload.Web.Tests.House;

/// <summary>Time is a test input: the app starts with demo data and shows the right day counts at any hour —
/// after midnight, in the morning, before and after the hour the old seeder wrote contacts "later today", just
/// before midnight — on an ordinary day and on both daylight-saving change days of 2026, on a leap day and at year end.</summary>
public sealed class DemoDataAtAnyHourTests
{
    public static TheoryData<string> DanishTimes()
    {
        var data = new TheoryData<string>();
        foreach (var day in new[] { "2026-11-25", "2026-03-29", "2026-10-25" })
            foreach (var time in new[] { "00:05", "09:00", "14:59", "23:59" })
                data.Add($"{day} {time}");
        data.Add("2028-02-29 09:00"); // a leap day
        data.Add("2026-12-31 23:59"); // year end
        return data;
    }

    [Theory]
    [MemberData(nameof(DanishTimes))]
    public async Task TheAppStartsWithDemoDataAndTheBoardAndMyCitizensShowTheDayCounts(string danishTime)
    {
        var local = DateTime.ParseExact(danishTime, "yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        DanishTime.TryToUtc(local, out var utc).ShouldBeTrue();
        await using var app = new SqliteAppFactory { Clock = new FakeTimeProvider(new DateTimeOffset(utc)) };
        using var worker = TestClient.For(app);
        await worker.SignInAsync("medarbejder1.act@caseload.local");

        // Seeded (Danish calendar days before today): Bent Kristensen 0, Jytte Poulsen 19, Henrik Friis 36.
        var mine = await worker.GetPageAsync("/mine-borgere");
        string Row(IEnumerable<AngleSharp.Dom.IElement> rows, string name)
            => rows.Single(r => r.TextContent.Contains(name, StringComparison.Ordinal)).TextContent;
        var mineRows = mine.QuerySelectorAll("#mine-borgere tbody tr");
        Row(mineRows, "Bent Kristensen").ShouldContain("0 dage");
        Row(mineRows, "Jytte Poulsen").ShouldContain("19 dage – over 14");
        Row(mineRows, "Henrik Friis").ShouldContain("36 dage – over 30");
        Row(mineRows, "Bent Kristensen").ShouldContain(local.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture));

        using var leader = TestClient.For(app);
        await leader.SignInAsync("teamleder.act@caseload.local");
        var boardRows = (await leader.GetPageAsync("/tavle")).QuerySelectorAll("tbody tr");
        Row(boardRows, "Bent Kristensen").ShouldContain("0 dage");
        Row(boardRows, "Jytte Poulsen").ShouldContain("19 dage");
        Row(boardRows, "Henrik Friis").ShouldContain("36 dage");

        // The CTI demo courses: every running one on the phase board, the ended two not; the late one flagged on its page.
        using var ctiLeader = TestClient.For(app);
        await ctiLeader.SignInAsync("teamleder.cti@caseload.local");
        (await ctiLeader.GetPageAsync("/cti/tavle?visning=liste")).QuerySelectorAll("#phase-list tbody tr").Length.ShouldBe(12);
        var thomas = await app.CitizenIdAsync("Thomas Vinther");
        (await ctiLeader.GetPageAsync($"/borgere/{thomas}/cti")).QuerySelector("#timeline")!.TextContent.ShouldContain("Mere end 14 dage fra planen");

        // Outreach: the deadline list with the overdue contact first-class, the open referrals, a live recommendation.
        using var fsLeader = TestClient.For(app);
        await fsLeader.SignInAsync("teamleder.fs@caseload.local");
        var deadlines = await fsLeader.GetPageAsync("/fs/frister");
        deadlines.QuerySelector("#frister-overdue")!.ParentElement!.TextContent.ShouldContain("Inge Madsen"); // no contact after three attempts
        deadlines.QuerySelectorAll(".deadline-table tbody tr").Length.ShouldBeGreaterThan(5);
        deadlines.QuerySelectorAll(".deadline-table tbody tr").ShouldContain(r => r.TextContent.Contains("Opfølgningsmøde", StringComparison.Ordinal));
        deadlines.QuerySelector("#frister-overdue")!.ParentElement!.TextContent.ShouldContain("Opfølgning på samarbejdsaftale"); // due yesterday
        (await fsLeader.GetPageAsync("/fs/henvendelser")).QuerySelectorAll("#aabne-henvendelser tbody tr").Length.ShouldBe(2);
        var lone = await app.CitizenIdAsync("Lone Brandt");
        var loneReferral = await app.QueryAsync(db => db.Referrals.Where(r => r.CitizenId == lone).Select(r => r.Id).FirstAsync());
        (await fsLeader.GetPageAsync($"/borgere/{lone}/fs/henvendelser/{loneReferral}")).QuerySelector("#anbefaling")!.TextContent.ShouldStartWith("Anbefales:");
        (await fsLeader.GetPageAsync("/")).QuerySelector("#fs-frist-taal")!.TextContent.ShouldNotContain(" 0 overskredne");

        // The demo network map in three versions, drawn.
        var bent = await app.CitizenIdAsync("Bent Kristensen");
        var map = await leader.GetPageAsync($"/borgere/{bent}/netvaerkskort");
        map.QuerySelectorAll("#nm-versioner li").Length.ShouldBe(3);
        map.QuerySelectorAll("#netvaerk .nm-person").Length.ShouldBe(7); // version 3: the friend from the drop-in centre is gone, an SKP has come

        // The outreach team's coordinating meetings: a held one with minutes sent and an overdue task on its owner's start page,
        // one ahead. Bent (ACT) has one a week ahead, for his own view on /mig (issue #34).
        (await app.QueryAsync(db => db.CoordinatingMeetings.CountAsync(m => m.CitizenId == bent && m.Date > DateOnly.FromDateTime(local)))).ShouldBe(1);
        var meetings = await app.QueryAsync(db => db.CoordinatingMeetings.Where(m => m.CitizenId != bent).OrderBy(m => m.Date)
            .Select(m => new { m.Id, m.CitizenId, m.Date, m.MinutesSentAt, m.InvitationSentAt }).ToListAsync());
        meetings.Count.ShouldBe(2);
        var heldMeeting = await fsLeader.GetPageAsync($"/borgere/{meetings[0].CitizenId}/koordinerende-moeder/{meetings[0].Id}");
        heldMeeting.QuerySelector("#status-referat")!.TextContent.ShouldContain("sendt");
        heldMeeting.QuerySelectorAll(".opgave-raekke").Length.ShouldBe(3 + 2); // three tasks and two blank rows
        (await fsLeader.GetPageAsync($"/borgere/{meetings[1].CitizenId}/koordinerende-moeder/{meetings[1].Id}"))
            .QuerySelector("#status-invitation")!.TextContent.ShouldContain("sendt");
        var owner = await app.QueryAsync(db => db.MeetingTasks.Where(t => t.DoneOn == null && t.DueOn < DateOnly.FromDateTime(local))
            .Join(db.Users, t => t.OwnerId, u => u.Id, (t, u) => u.Email).SingleAsync());
        using var taskOwner = TestClient.For(app);
        await taskOwner.SignInAsync(owner!);
        var start = await taskOwner.GetPageAsync("/");
        start.QuerySelectorAll("#mine-opgaver-sektion .opgave").Length.ShouldBe(2);
        start.QuerySelector("#mine-opgaver-sektion .opgave")!.TextContent.ShouldContain("Overskredet");

        // The ACT implementation in the carry-out phase, one activity over its deadline.
        using var manager = TestClient.For(app);
        await manager.SignInAsync("leder@caseload.local");
        var project = await app.QueryAsync(db => db.ImplementationProjects.Select(p => p.Id).SingleAsync());
        var implementation = await manager.GetPageAsync($"/implementering/{project}");
        implementation.QuerySelector("#fase")!.TextContent.ShouldStartWith("Gennemførelsesfasen");
        implementation.QuerySelectorAll("#overskredne-aktiviteter li").Length.ShouldBe(1);
        // Its implementation team met five weeks ago: the next meeting is ahead, not overdue.
        (await manager.GetPageAsync($"/implementering/{project}/grupper")).QuerySelector("#naeste-teammoede")!.ClassList.ShouldContain("alert-info");
        // The agreement with the district psychiatry is due for review in three weeks; the drop-in agreement is not.
        (await manager.GetPageAsync("/")).QuerySelector("#aftaler-til-revision")!.TextContent.ShouldStartWith("1 samarbejdsaftale skal revideres snart");

        // Nothing was seeded in the future.
        using var scope = app.Services.CreateScope();
        var latest = await scope.ServiceProvider.GetRequiredService<CaseloadDbContext>().ContactLog.MaxAsync(c => c.OccurredAt);
        latest.ShouldBeLessThanOrEqualTo(utc);
        var today = DateOnly.FromDateTime(local);
        var db = scope.ServiceProvider.GetRequiredService<CaseloadDbContext>();
        (await db.OutreachEvents.MaxAsync(e => e.Date)).ShouldBeLessThanOrEqualTo(today);
        (await db.Referrals.MaxAsync(r => r.ReceivedOn)).ShouldBeLessThanOrEqualTo(today);
        (await db.NetworkMapVersions.MaxAsync(v => v.SavedAt)).ShouldBeLessThanOrEqualTo(utc);
        (await db.CoordinatingMeetings.MaxAsync(m => m.InvitationSentAt)).ShouldNotBeNull().ShouldBeLessThanOrEqualTo(utc);
        (await db.CoordinatingMeetings.MaxAsync(m => m.MinutesSentAt)).ShouldNotBeNull().ShouldBeLessThanOrEqualTo(utc);
        (await db.ImplementationMeetings.MaxAsync(m => m.HeldOn)).ShouldBeLessThanOrEqualTo(today);
        (await db.ReflectionDays.MaxAsync(d => d.HeldOn)).ShouldBeLessThanOrEqualTo(today);
        (await db.StoredFiles.MaxAsync(f => f.UploadedAt)).ShouldBeLessThanOrEqualTo(utc);
        (await db.DropInCentres.ToListAsync()).SelectMany(c => c.Activities).SelectMany(a => a.Sessions).Max(g => g.Date).ShouldBeLessThanOrEqualTo(today);
    }

    [Fact]
    public async Task AFailedSeedLeavesNothingBehindAndTheNextStartSeedsAgain()
    {
        var folder = Path.Combine(Path.GetTempPath(), "caseload-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var connectionString = $"Data Source={Path.Combine(folder, "seed.db")}";
        try
        {
            await using (var failing = new SqliteAppFactory())
            {
                failing.Settings["Database:ConnectionString"] = connectionString;
                failing.ConfigureTestServices = s => s.ConfigureDbContext<SqliteCaseloadDbContext>(o => o.AddInterceptors(new FailOnContactLog()));
                Should.Throw<Exception>(() => failing.CreateClient()).ToString().ShouldContain("seed fault");
            }
            SqliteConnection.ClearAllPools();
            Count(connectionString, "Teams").ShouldBe(0);
            Count(connectionString, "AspNetUsers").ShouldBe(0);
            Count(connectionString, "Citizens").ShouldBe(0);

            await using var healthy = new SqliteAppFactory();
            healthy.Settings["Database:ConnectionString"] = connectionString;
            using var client = TestClient.For(healthy);
            await client.SignInAsync("medarbejder1.act@caseload.local");
            SqliteConnection.ClearAllPools();
            Count(connectionString, "Teams").ShouldBe(3);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    private static long Count(string connectionString, string table)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Fails the save that writes the first contact-log entries: after users, teams and citizens are in.</summary>
    private sealed class FailOnContactLog : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
            CancellationToken cancellationToken = default)
        {
            if (eventData.Context!.ChangeTracker.Entries<ContactLogEntry>().Any(e => e.State == EntityState.Added))
                throw new InvalidOperationException("seed fault (test)");
            return base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }
}
