using Caseload.Application.ActionPlans;
using Caseload.Application.Common.Time;
using Caseload.Domain.ActionPlans;
using Caseload.Infrastructure.Persistence;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Caseload.Web.Tests.Act;

/// <summary>The demo ACT team's citizens set up for reminders: the demo's own visits removed, consents and visits added
/// straight in the database, the job's work run by hand on the app's fixed clock (the hosted job is off, so it cannot race).</summary>
internal static class SmsScenario
{
    public static readonly TimeOnly From = new(9, 0);
    public static readonly TimeOnly Until = new(20, 0);

    public static DateTimeOffset Danish(string day, int hour, int minute)
    {
        DanishTime.TryToUtc(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(hour, minute)), out var utc).ShouldBeTrue();
        return new DateTimeOffset(utc, TimeSpan.Zero);
    }

    public static T NewApp<T>(DateTimeOffset at) where T : CaseloadAppFactory, new()
    {
        var app = new T { Clock = new FakeTimeProvider(at) };
        app.Settings["Sms:RemindersEnabled"] = "false";
        return app;
    }

    public static async Task<(Guid Team, string Worker, string Other)> TeamAsync(CaseloadAppFactory app)
    {
        await app.QueryAsync(db => db.TeamVisits.ExecuteDeleteAsync()); // the demo week's visits: each test plans its own
        var team = await app.QueryAsync(db => db.Teams.Where(t => t.Name == "ACT-team Solbjerg").Select(t => t.Id).SingleAsync());
        var worker = await app.QueryAsync(db => db.Users.Where(u => u.Email == "medarbejder1.act@caseload.local").Select(u => u.Id).SingleAsync());
        var other = await app.QueryAsync(db => db.Users.Where(u => u.Email == "medarbejder2.act@caseload.local").Select(u => u.Id).SingleAsync());
        return (team, worker, other);
    }

    public static Task<Guid> VisitAsync(CaseloadAppFactory app, Guid team, string worker, Guid citizen, DateOnly date, int hour, bool cancelled = false)
        => app.QueryAsync(async db =>
        {
            var visit = new TeamVisit(team, citizen, worker, date, new TimeOnly(hour, 0), VisitPlace.Home, new HashSet<string> { worker }, date.AddDays(-3));
            if (cancelled) visit.Cancel(DateTime.UnixEpoch);
            db.TeamVisits.Add(visit);
            await db.SaveChangesAsync();
            return visit.Id;
        });

    public static Task ConsentAsync(CaseloadAppFactory app, Guid citizen, DateOnly givenOn, DateOnly? withdrawnOn = null)
        => app.QueryAsync(async db =>
        {
            var consent = new SmsConsent(citizen, givenOn, givenOn);
            if (withdrawnOn is { } w) consent.Withdraw(w);
            db.SmsConsents.Add(consent);
            return await db.SaveChangesAsync();
        });

    public static Task PhoneAsync(CaseloadAppFactory app, Guid citizen, string? phone)
        => app.QueryAsync(async db =>
        {
            var c = await db.Citizens.SingleAsync(x => x.Id == citizen);
            c.UpdateContact(c.Address, c.SecretAddress, phone, null, null);
            return await db.SaveChangesAsync();
        });

    public static async Task<SmsRunSummary> RunAsync(CaseloadAppFactory app, TimeOnly? from = null, TimeOnly? until = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SmsReminderService>().SendDueAsync(from ?? From, until ?? Until);
    }

    public static IReadOnlyList<string> Outbox(CaseloadAppFactory app)
        => Directory.Exists(app.SmsDirectory) ? [.. Directory.GetFiles(app.SmsDirectory, "*.txt").Select(File.ReadAllText)] : [];

    public static Task<List<SmsReminder>> RowsAsync(CaseloadAppFactory app, Guid citizen)
        => app.QueryAsync(db => db.SmsReminders.AsNoTracking().Where(r => r.CitizenId == citizen).ToListAsync());
}

/// <summary>SMS reminders the day before (issue #30 item 4, ADR 0038): only with consent and a usable phone number, one text per
/// citizen and day without name, CPR or address, at most once however often the job runs; the log on the citizen page.</summary>
public sealed class SmsReminderTests : IAsyncLifetime
{
    // Wednesday 09-12-2026 at 09:00 Danish time.
    private readonly SqliteAppFactory _app = SmsScenario.NewApp<SqliteAppFactory>(SmsScenario.Danish("2026-12-09", 9, 0));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task OnlyCitizensWithConsentAndAPhoneGetOneReminderAndASecondRunSendsNothing()
    {
        var (team, worker, other) = await SmsScenario.TeamAsync(_app);
        var today = new DateOnly(2026, 12, 9);
        var tomorrow = today.AddDays(1);
        var lise = await _app.CitizenIdAsync("Lise Mortensen");
        var bent = await _app.CitizenIdAsync("Bent Kristensen");
        var kim = await _app.CitizenIdAsync("Kim Dahl");
        var jytte = await _app.CitizenIdAsync("Jytte Poulsen");
        var susanne = await _app.CitizenIdAsync("Susanne Bak");
        var henrik = await _app.CitizenIdAsync("Henrik Friis");

        // Lise: consent, phone, two workers tomorrow (the team approach) → one text with both times.
        await SmsScenario.ConsentAsync(_app, lise, today.AddDays(-30));
        await SmsScenario.PhoneAsync(_app, lise, "20 30 40 50");
        await SmsScenario.VisitAsync(_app, team, other, lise, tomorrow, 14);
        await SmsScenario.VisitAsync(_app, team, worker, lise, tomorrow, 10);
        // Bent: a visit tomorrow, but no consent.
        await SmsScenario.VisitAsync(_app, team, worker, bent, tomorrow, 11);
        // Kim: consent, but no phone number.
        await SmsScenario.ConsentAsync(_app, kim, today.AddDays(-30));
        await SmsScenario.PhoneAsync(_app, kim, null);
        await SmsScenario.VisitAsync(_app, team, worker, kim, tomorrow, 12);
        // Jytte: consent given and withdrawn today.
        await SmsScenario.ConsentAsync(_app, jytte, today.AddDays(-30), withdrawnOn: today);
        await SmsScenario.VisitAsync(_app, team, worker, jytte, tomorrow, 13);
        // Susanne: consent, but her visit is the day after tomorrow, and tomorrow's is cancelled.
        await SmsScenario.ConsentAsync(_app, susanne, today.AddDays(-30));
        await SmsScenario.VisitAsync(_app, team, worker, susanne, tomorrow.AddDays(1), 10);
        await SmsScenario.VisitAsync(_app, team, worker, susanne, tomorrow, 10, cancelled: true);
        // Henrik: consent, but the phone number cannot take an SMS → logged as failed, nothing sent.
        await SmsScenario.ConsentAsync(_app, henrik, today.AddDays(-30));
        await SmsScenario.PhoneAsync(_app, henrik, "ring til bostedet");
        await SmsScenario.VisitAsync(_app, team, worker, henrik, tomorrow, 15);

        var first = await SmsScenario.RunAsync(_app);
        first.DueDate.ShouldBe(tomorrow);
        first.Sent.ShouldBe(1);
        first.Failed.ShouldBe(1);
        var sms = SmsScenario.Outbox(_app).ShouldHaveSingleItem();
        sms.ShouldContain("Til: +4520304050");
        sms.ShouldContain("Husk besøg i morgen kl. 10.00 og 14.00 — ACT-teamet");
        foreach (var secret in new[] { "Lise", "Mortensen", "030881", "2046", "Kirkegade", "Mette", "Ole" }) sms.ShouldNotContain(secret);

        // The job runs again (a restart, the next quarter of an hour): nothing more goes.
        var second = await SmsScenario.RunAsync(_app);
        (second.Sent + second.Failed).ShouldBe(0);
        SmsScenario.Outbox(_app).Count.ShouldBe(1);

        var liseRows = await SmsScenario.RowsAsync(_app, lise);
        liseRows.Count.ShouldBe(2);
        liseRows.ShouldAllBe(r => r.Status == SmsReminderStatus.Sent && r.ForDate == tomorrow && r.Kind == SmsReminderKind.Visit);
        (await SmsScenario.RowsAsync(_app, henrik)).ShouldHaveSingleItem().Failure.ShouldBe(SmsReminderService.UnusablePhone);
        foreach (var none in new[] { bent, kim, jytte, susanne }) (await SmsScenario.RowsAsync(_app, none)).ShouldBeEmpty();
        // Every reminder is a change of the citizen's record: audited per citizen.
        (await _app.QueryAsync(db => db.AuditEntries.CountAsync(a => a.CitizenId == lise && a.EntityType == "SmsReminder"))).ShouldBeGreaterThanOrEqualTo(2);

        // The log on the citizen page: sent for Lise, failed with the reason for Henrik.
        using var leader = TestClient.For(_app);
        await leader.SignInAsync("teamleder.act@caseload.local");
        var lisePage = await leader.GetPageAsync($"/borgere/{lise}");
        lisePage.GetElementById("sms-samtykke")!.TextContent.ShouldContain("givet 09-11-2026");
        var line = lisePage.GetElementById("sms-log")!.QuerySelectorAll("li").ShouldHaveSingleItem(); // one text for the two visits: one line
        line.GetAttribute("data-status").ShouldBe(nameof(SmsReminderStatus.Sent));
        line.TextContent.ShouldContain("Besøg 10-12-2026");
        var henrikLog = (await leader.GetPageAsync($"/borgere/{henrik}")).GetElementById("sms-log")!.TextContent;
        henrikLog.ShouldContain("ikke sendt");
        henrikLog.ShouldContain(SmsReminderService.UnusablePhone);
        (await leader.GetPageAsync($"/borgere/{kim}")).GetElementById("sms-intet-nummer").ShouldNotBeNull();
    }

    [Fact]
    public async Task AnInvitedCitizenIsRemindedOfTomorrowsTeamMeetingOnce()
    {
        var (team, _, _) = await SmsScenario.TeamAsync(_app);
        var today = new DateOnly(2026, 12, 9);
        var lise = await _app.CitizenIdAsync("Lise Mortensen");
        var bent = await _app.CitizenIdAsync("Bent Kristensen");
        await SmsScenario.ConsentAsync(_app, lise, today);
        await SmsScenario.ConsentAsync(_app, bent, today);
        var meeting = await _app.QueryAsync(async db =>
        {
            var m = new TeamMeeting(team, today.AddDays(1), new TimeOnly(13, 30), "Mødelokalet", today);
            db.TeamMeetings.Add(m);
            await db.SaveChangesAsync();
            return m.Id;
        });

        // The leader invites Lise from the meeting page; Bent is on the agenda but not invited.
        using var leader = TestClient.For(_app);
        await leader.SignInAsync("teamleder.act@caseload.local");
        var url = $"/act/teams/{team}/teammoeder/{meeting}";
        using (var added = await leader.PostWithTokenAsync($"{url}/dagsorden", [new("citizenId", lise.ToString())])) added.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        await leader.PostFormForRedirectAsync(url, [new("invited", "true")], $"/dagsorden/{lise}/inviter");
        (await leader.GetPageAsync(url)).GetElementById($"borger-{lise}")!.TextContent.ShouldContain("Inviteret til mødet");

        (await SmsScenario.RunAsync(_app)).Sent.ShouldBe(1);
        (await SmsScenario.RunAsync(_app)).Sent.ShouldBe(0);
        SmsScenario.Outbox(_app).ShouldHaveSingleItem().ShouldContain("Husk teammødet i morgen kl. 13.30 — ACT-teamet");
        (await SmsScenario.RowsAsync(_app, lise)).ShouldHaveSingleItem().Kind.ShouldBe(SmsReminderKind.TeamMeeting);
        (await SmsScenario.RowsAsync(_app, bent)).ShouldBeEmpty();
    }

    [Fact]
    public async Task TheConsentIsGivenAndWithdrawnOnTheCitizenPageWithDanishMessagesAndOnlyInTheTeam()
    {
        var lise = await _app.CitizenIdAsync("Lise Mortensen");
        var page = $"/borgere/{lise}";
        using var leader = TestClient.For(_app);
        await leader.SignInAsync("teamleder.act@caseload.local");
        (await leader.GetPageAsync(page)).GetElementById("sms-samtykke")!.TextContent.ShouldContain("Intet samtykke");

        await leader.PostFormForRedirectAsync(page, [new("givenOn", "")], "/sms-samtykke");
        (await leader.GetPageAsync(page)).GetElementById("sms-fejl")!.TextContent.ShouldContain("Angiv hvornår samtykket er givet.");
        await leader.PostFormForRedirectAsync(page, [new("givenOn", "2026-12-10")], "/sms-samtykke");
        (await leader.GetPageAsync(page)).GetElementById("sms-fejl")!.TextContent.ShouldContain("Samtykket kan ikke være givet i fremtiden.");
        (await _app.QueryAsync(db => db.SmsConsents.CountAsync(s => s.CitizenId == lise))).ShouldBe(0); // nothing half-saved

        await leader.PostFormForRedirectAsync(page, [new("givenOn", "2026-12-08")], "/sms-samtykke");
        (await leader.GetPageAsync(page)).GetElementById("sms-samtykke")!.TextContent.ShouldContain("givet 08-12-2026");

        // A worker of another team cannot reach the citizen at all.
        using var stranger = TestClient.For(_app);
        await stranger.SignInAsync("medarbejder1.cti@caseload.local");
        using (var denied = await stranger.PostWithTokenAsync($"{page}/sms-samtykke", [new("givenOn", "2026-12-08")]))
            denied.StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);

        var consent = await _app.QueryAsync(db => db.SmsConsents.Where(s => s.CitizenId == lise).Select(s => s.Id).SingleAsync());
        await leader.PostFormForRedirectAsync(page, [], $"/sms-samtykke/{consent}/tilbagetraek");
        (await leader.GetPageAsync(page)).GetElementById("sms-samtykke")!.TextContent.ShouldContain("Intet samtykke");
        (await _app.QueryAsync(db => db.SmsConsents.SingleAsync(s => s.Id == consent))).WithdrawnOn.ShouldBe(new DateOnly(2026, 12, 9));
    }
}

/// <summary>Which visits are "tomorrow" follows the Danish date at 00:05, 09:00, 14:59 and 23:59 and on the nights the clocks
/// change; no SMS goes at night (before 09:00 or from 20:00).</summary>
public sealed class SmsReminderClockTests : IAsyncLifetime
{
    // Saturday 24-10-2026 at 14:59 Danish time: summer time ends in the night to Sunday.
    private readonly SqliteAppFactory _app = SmsScenario.NewApp<SqliteAppFactory>(SmsScenario.Danish("2026-10-24", 14, 59));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    // day, hour, minute (Danish) → the date reminded of with the default hours 09:00–20:00, and with the hours open all day
    [InlineData("2026-12-09", 0, 5, null, "2026-12-10")]
    [InlineData("2026-12-09", 9, 0, "2026-12-10", "2026-12-10")]
    [InlineData("2026-12-09", 14, 59, "2026-12-10", "2026-12-10")]
    [InlineData("2026-12-09", 23, 59, null, "2026-12-10")]
    [InlineData("2026-10-25", 0, 5, null, "2026-10-26")] // 22:05 UTC on Saturday: still the 24th in UTC
    [InlineData("2026-10-25", 23, 59, null, "2026-10-26")]
    [InlineData("2027-03-28", 0, 5, null, "2027-03-29")] // 23:05 UTC on Saturday, the night summer time starts
    [InlineData("2027-03-28", 9, 0, "2027-03-29", "2027-03-29")]
    [InlineData("2027-03-27", 23, 59, null, "2027-03-28")]
    public void TomorrowIsTheDanishDateAfterTodayAndNothingGoesAtNight(string day, int hour, int minute, string? due, string dueAllDay)
    {
        var local = DanishTime.ToLocal(SmsScenario.Danish(day, hour, minute).UtcDateTime);
        SmsReminderRules.DueDate(local, SmsScenario.From, SmsScenario.Until).ShouldBe(due is null ? null : DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture));
        SmsReminderRules.DueDate(local, TimeOnly.MinValue, TimeOnly.MaxValue).ShouldBe(DateOnly.Parse(dueAllDay, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task TheJobRemindsOfTheNextDanishDayAcrossTheEndOfSummerTime()
    {
        var (team, worker, _) = await SmsScenario.TeamAsync(_app);
        var lise = await _app.CitizenIdAsync("Lise Mortensen");
        var bent = await _app.CitizenIdAsync("Bent Kristensen");
        await SmsScenario.ConsentAsync(_app, lise, new DateOnly(2026, 10, 1));
        await SmsScenario.ConsentAsync(_app, bent, new DateOnly(2026, 10, 1));
        var sunday = await SmsScenario.VisitAsync(_app, team, worker, lise, new DateOnly(2026, 10, 25), 10);
        var monday = await SmsScenario.VisitAsync(_app, team, worker, bent, new DateOnly(2026, 10, 26), 9);

        // Saturday 14:59: Sunday's visit.
        (await SmsScenario.RunAsync(_app)).Sent.ShouldBe(1);
        (await SmsScenario.RowsAsync(_app, lise)).ShouldHaveSingleItem().SubjectId.ShouldBe(sunday);
        // Saturday 23:59 and Sunday 00:05 (22:05 UTC Saturday, 23:05 UTC after the change): night, nothing.
        foreach (var (d, h, m) in new[] { ("2026-10-24", 23, 59), ("2026-10-25", 0, 5) })
        {
            _app.Clock!.SetUtcNow(SmsScenario.Danish(d, h, m));
            (await SmsScenario.RunAsync(_app)).DueDate.ShouldBeNull();
        }
        // With the hours open all night, Sunday 00:05 already reminds of Monday by the Danish date (UTC still says Saturday).
        (await SmsScenario.RunAsync(_app, TimeOnly.MinValue, TimeOnly.MaxValue)).DueDate.ShouldBe(new DateOnly(2026, 10, 26));
        (await SmsScenario.RowsAsync(_app, bent)).ShouldHaveSingleItem().SubjectId.ShouldBe(monday);
        // Sunday 09:00: Monday's visit has gone already; nothing twice.
        _app.Clock!.SetUtcNow(SmsScenario.Danish("2026-10-25", 9, 0));
        (await SmsScenario.RunAsync(_app)).Sent.ShouldBe(0);
        SmsScenario.Outbox(_app).Count.ShouldBe(2);
    }
}

/// <summary>On PostgreSQL, several runs at once — as on two web instances — claim each reminder once: one text goes.</summary>
public sealed class SmsReminderPostgresTests : IAsyncLifetime
{
    private readonly PostgresAppFactory _app = SmsScenario.NewApp<PostgresAppFactory>(SmsScenario.Danish("2026-12-09", 9, 0));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task RunsAtTheSameTimeSendEachReminderOnce()
    {
        var (team, worker, other) = await SmsScenario.TeamAsync(_app);
        var tomorrow = new DateOnly(2026, 12, 10);
        var citizens = new[] { "Lise Mortensen", "Bent Kristensen", "Jytte Poulsen" };
        foreach (var name in citizens)
        {
            var id = await _app.CitizenIdAsync(name);
            await SmsScenario.ConsentAsync(_app, id, tomorrow.AddDays(-10));
            await SmsScenario.VisitAsync(_app, team, worker, id, tomorrow, 10);
            await SmsScenario.VisitAsync(_app, team, other, id, tomorrow, 13);
        }

        var runs = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => SmsScenario.RunAsync(_app))));

        runs.Sum(r => r.Sent).ShouldBe(citizens.Length);
        SmsScenario.Outbox(_app).Count.ShouldBe(citizens.Length);
        (await _app.QueryAsync(db => db.SmsReminders.CountAsync())).ShouldBe(citizens.Length * 2);

        // The claim itself: a second row for the same visit and citizen is refused by the database.
        var row = await _app.QueryAsync(db => db.SmsReminders.AsNoTracking().FirstAsync());
        await Should.ThrowAsync<DbUpdateException>(() => _app.QueryAsync(db =>
        {
            db.SmsReminders.Add(new SmsReminder(row.Kind, row.SubjectId, row.CitizenId, row.TeamId, row.ForDate, row.ClaimedAt));
            return db.SaveChangesAsync();
        }));
    }
}
