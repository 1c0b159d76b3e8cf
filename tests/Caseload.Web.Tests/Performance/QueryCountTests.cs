using System.Net;
using Caseload.Domain.Citizens;
using Caseload.Domain.Contacts;
using Caseload.Domain.Courses;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Web.Tests.Performance;

/// <summary>
/// A page's cost follows its own rows, not the size of the database: each key page runs the same number of SQL
/// commands with a handful and with 500 citizens in the team (no N+1, no per-row queries). The figures per page
/// are printed so a change shows in review.
/// </summary>
public abstract class QueryCountTests<TApp>(TApp app, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<TApp> where TApp : CaseloadAppFactory, new()
{
    // The counter sees every command of the app: background jobs (their start-up run) would be counted too.
    private readonly TApp _quiet = CaseloadAppFactory.WithoutBackgroundJobs(app);

    private async Task<int> CommandsAsync(TestClient client, string url)
    {
        using (var warm = await client.GetAsync(url)) warm.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        app.SqlCommands.Reset();
        using var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        return app.SqlCommands.Count;
    }

    /// <summary>The organisation's own registers, read in full by the pages that list them (staff, teams, partners,
    /// role descriptions …): they grow with the organisation, not with its citizens and their records.</summary>
    private static readonly HashSet<string> OrganisationTables =
        ["Teams", "TeamMembers", "AspNetUsers", "Partners", "PartnerAgreements", "RoleDescriptions", "DropInCentres", "ImplementationProjects"];

    /// <summary>One command can cost what a whole table costs while the count stays flat: SQLite is asked how it would run
    /// each command of the page (with 500 citizens in the team). No page reads a table of citizen data in full, and the
    /// session look-up that every page runs reads no table in full at all (it materialised every team membership: 0.5 ms per
    /// page on 10,000 citizens).</summary>
    private async Task ShouldNotScanCitizenDataAsync(string name, string url, IReadOnlyList<string> commands)
    {
        var scans = await app.QueryAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            var connection = (Microsoft.Data.Sqlite.SqliteConnection)db.Database.GetDbConnection();
            return commands.SelectMany(sql => SqlitePlans.FullScans(connection, sql).Select(table => (Table: table, Sql: sql))).ToList();
        });
        foreach (var (table, sql) in scans)
        {
            OrganisationTables.ShouldContain(table, $"{name} ({url}) reads all of {table}: {sql}");
            sql.ShouldNotContain("\"UserSessions\"", Case.Sensitive, $"the session look-up on every page reads all of {table}: {sql}");
        }
    }

    [Fact]
    public async Task EachKeyPageRunsTheSameNumberOfCommandsWithFiveAndWith500CitizensInTheTeam()
    {
        using var worker = TestClient.For(app);
        await worker.SignInAsync("medarbejder3.act@caseload.local");
        using var leader = TestClient.For(app);
        await leader.SignInAsync("teamleder.act@caseload.local");
        var citizen = await app.CitizenIdAsync("Bent Kristensen");
        using var ctiLeader = TestClient.For(app);
        await ctiLeader.SignInAsync("teamleder.cti@caseload.local");
        var ctiCitizen = await app.CitizenIdAsync("Thomas Vinther");
        using var manager = TestClient.For(app);
        await manager.SignInAsync("leder@caseload.local");
        using var fsLeader = TestClient.For(app);
        await fsLeader.SignInAsync("teamleder.fs@caseload.local");
        using var fsWorker = TestClient.For(app);
        await fsWorker.SignInAsync("medarbejder2.fs@caseload.local");
        var fsCitizen = await app.CitizenIdAsync("Rasmus Kjær");
        var agreement = await app.QueryAsync(db => db.CooperationAgreements.Where(a => a.CitizenId == citizen).Select(a => a.Id).FirstAsync()); // a demo case with contact attempts, first meeting overdue
        var project = await app.QueryAsync(db => db.ImplementationProjects.Select(p => p.Id).FirstAsync());
        var centre = await app.QueryAsync(db => db.DropInCentres.Select(c => c.Id).FirstAsync());
        var reflection = await app.QueryAsync(db => db.ReflectionDays.Select(d => new { d.Id, d.ProjectId }).FirstAsync());
        var partner = await app.QueryAsync(db => db.PartnerAgreements.Where(a => a.SignedFileId != null).Select(a => new { a.Id, a.PartnerId }).FirstAsync());
        var role = await app.QueryAsync(db => db.RoleDescriptions.Select(r => r.Id).FirstAsync());
        var meeting = await app.QueryAsync(db => db.CoordinatingMeetings.Where(m => m.Tasks.Any()).Select(m => new { m.Id, m.CitizenId }).FirstAsync());
        // The ACT team meeting (ADR 0032): today's open one builds its agenda from every citizen of the team; last week's is closed.
        var teamMeeting = await app.QueryAsync(db => db.TeamMeetings.Where(m => m.ClosedAt == null).Select(m => new { m.Id, m.TeamId }).FirstAsync());
        var heldMeeting = await app.QueryAsync(db => db.TeamMeetings.Where(m => m.ClosedAt != null).Select(m => m.Id).FirstAsync());
        var ctiTeam = await app.QueryAsync(db => db.Citizens.Where(c => c.Id == ctiCitizen).Select(c => c.TeamId).SingleAsync());
        // The citizen's own view (issue #34): a citizen signed in with the SMS code and PIN.
        using var ownCitizen = TestClient.For(app);
        var (portalCitizen, _) = await CitizenPortal.CitizenPortalScenario.CitizenAsync(app, 0);
        await CitizenPortal.CitizenPortalScenario.EnableAsync(leader, portalCitizen, CitizenPortal.CitizenPortalScenario.PhoneFor(900));
        await CitizenPortal.CitizenPortalScenario.SignInAsync(app, ownCitizen, CitizenPortal.CitizenPortalScenario.PhoneFor(900));
        // Field mode's choice page (issue #31): a clash the leader's offline change to Bent's action plan left.
        var leaderId = await app.QueryAsync(db => db.Users.Where(u => u.Email == "teamleder.act@caseload.local").Select(u => u.Id).SingleAsync());
        var clash = await app.QueryAsync(async db =>
        {
            static global::Caseload.Application.FieldMode.FormFields F(string view) => new(new Dictionary<string, string[]> { ["Input.CitizensView"] = [view] });
            var data = System.Text.Json.JsonSerializer.Serialize(new global::Caseload.Application.FieldMode.FieldConflictData(F("a"), F("b"), F("c"), []),
                System.Text.Json.JsonSerializerOptions.Web);
            var row = new global::Caseload.Domain.FieldMode.FieldConflict(leaderId, citizen, $"/borgere/{citizen}/indsatsplan", data, DateTime.UtcNow);
            db.FieldConflicts.Add(row);
            await db.SaveChangesAsync();
            return row.Id;
        });
        (string Name, TestClient Client, string Url)[] pages =
        [
            ("Caseload-tavle", leader, "/tavle"),
            ("Mine borgere", worker, "/mine-borgere"),
            ("Frister", worker, "/frister"),
            ("FS-frister (medarbejder)", fsWorker, "/frister"),
            ("Udskrifter", leader, $"/borgere/{citizen}/udskrift"),
            ("Tidslinje", leader, $"/borgere/{citizen}/tidslinje"),
            ("Borgerside", leader, $"/borgere/{citizen}"),
            ("Borgersøgning", leader, "/borgere?q=Hansen"),
            ("Borgerliste", leader, "/borgere"),
            ("CTI-fasetavle", ctiLeader, "/cti/tavle"),
            ("CTI-forløb", ctiLeader, $"/borgere/{ctiCitizen}/cti"),
            ("FS-fristliste", fsLeader, "/fs/frister"),
            ("FS-forløb", fsLeader, $"/borgere/{fsCitizen}/fs"),
            ("FS-borgerside", fsLeader, $"/borgere/{fsCitizen}"),
            ("Henvendelser", fsLeader, "/fs/henvendelser"),
            ("Mine borgere (FS)", fsWorker, "/mine-borgere"),
            ("Forside (FS-teamleder)", fsLeader, "/"),
            ("Netværkskort", leader, $"/borgere/{citizen}/netvaerkskort"),
            ("Netværkskort, rediger", leader, $"/borgere/{citizen}/netvaerkskort/rediger"),
            ("Netværkskort, sammenligning", leader, $"/borgere/{citizen}/netvaerkskort/sammenlign?fra=1&til=3"),
            ("Samarbejdsaftale", leader, $"/borgere/{citizen}/samarbejdsaftaler/{agreement}"),
            ("ACT-indsatsplan", leader, $"/borgere/{citizen}/indsatsplan"),
            ("Koordinerende møde", fsLeader, $"/borgere/{meeting.CitizenId}/koordinerende-moeder/{meeting.Id}"),
            ("Koordinerende møde, nyt", leader, $"/borgere/{citizen}/koordinerende-moeder/ny"),
            ("Forside med opgaver (FS)", fsWorker, "/"),
            ("Udskrift: samarbejdsaftale", leader, $"/borgere/{citizen}/udskrift/samarbejdsaftale/{agreement}"),
            ("Udskrift: netværkskort", leader, $"/borgere/{citizen}/udskrift/netvaerkskort"),
            ("Udskrift: mødets referat", fsLeader, $"/borgere/{meeting.CitizenId}/udskrift/koordinerende-moede/{meeting.Id}/referat"),
            ("Udskrift: borgeroversigt", leader, $"/borgere/{citizen}/udskrift/oversigt"),
            ("Implementeringsprojekt", leader, $"/implementering/{project}"),
            ("Implementeringsplan, rediger", leader, $"/implementering/{project}/plan"),
            ("Implementeringsplan, udskrift", leader, $"/implementering/{project}/udskrift"),
            ("Parathedsvurdering", leader, $"/implementering/{project}/parathed"),
            ("Uddannelsesplan", leader, $"/implementering/{project}/uddannelse"),
            ("Værested", fsLeader, $"/vaeresteder/{centre}"),
            ("Værested, hvem er her hvornår", fsLeader, $"/vaeresteder/{centre}/hvem-er-her"),
            ("Styregruppe og implementeringsteam", leader, $"/implementering/{reflection.ProjectId}/grupper"),
            ("Refleksionsdage", leader, $"/implementering/{reflection.ProjectId}/refleksion"),
            ("Refleksionsdag", leader, $"/implementering/{reflection.ProjectId}/refleksion/{reflection.Id}"),
            ("Udskrift: refleksionsdag", leader, $"/implementering/{reflection.ProjectId}/refleksion/{reflection.Id}/udskrift"),
            ("Rollebeskrivelser", leader, "/rollebeskrivelser"),
            ("Rollebeskrivelse", leader, $"/rollebeskrivelser/{role}"),
            ("Udskrift: rollebeskrivelse", leader, $"/rollebeskrivelser/{role}/udskrift"),
            ("Samarbejdspartnere", leader, "/samarbejdspartnere"),
            ("Samarbejdspartner", leader, $"/samarbejdspartnere/{partner.PartnerId}"),
            ("Partneraftale", leader, $"/samarbejdspartnere/{partner.PartnerId}/aftaler/{partner.Id}"),
            ("Forside (leder)", leader, "/"),
            ("ACT-teammøder", leader, $"/act/teams/{teamMeeting.TeamId}/teammoeder"),
            ("ACT-teammøde", leader, $"/act/teams/{teamMeeting.TeamId}/teammoeder/{teamMeeting.Id}"),
            ("ACT-teammøde (medarbejder)", worker, $"/act/teams/{teamMeeting.TeamId}/teammoeder/{teamMeeting.Id}"),
            ("ACT-teammøde, referat", leader, $"/act/teams/{teamMeeting.TeamId}/teammoeder/{heldMeeting}"),
            ("Udskrift: teammødets referat", leader, $"/act/teams/{teamMeeting.TeamId}/teammoeder/{heldMeeting}/referat"),
            ("ACT: ugens besøg (teamleder)", leader, $"/act/teams/{teamMeeting.TeamId}/besoeg"),
            ("ACT: ugens besøg (medarbejder)", worker, $"/act/teams/{teamMeeting.TeamId}/besoeg"),
            ("Forside med min uge (ACT)", worker, "/"),
            ("ACT-resultater (teamleder)", leader, "/resultater/act"),
            ("ACT-resultater (leder, alle teams)", manager, "/resultater/act"),
            ("ACT-resultater, definitioner", leader, "/resultater/act/definitioner"),
            ("Borgerresultater (CTI-teamleder)", ctiLeader, "/resultater/borgere"),
            ("CTI-metodetroskab (teamleder)", ctiLeader, "/resultater/cti"),
            ("Borgerresultater (leder, alle teams)", manager, "/resultater/borgere"),
            ("Borgerresultater, borgerne bag et tal", ctiLeader, $"/resultater/borgere/teams/{ctiTeam}/liste?maaling=who5&gruppe=unchanged"),
            ("FS-resultater (teamleder)", fsLeader, "/resultater/fremskudt"),
            ("FS-resultater (leder, alle teams)", manager, "/resultater/fremskudt"),
            ("Min side (borger)", ownCitizen, "/mig"),
            ("Felt: vælg udgave", leader, $"/borgere/{citizen}/felt/valg/{clash}"),
        ];
        var small = new Dictionary<string, int>();
        foreach (var (name, client, url) in pages)
        {
            small[name] = await CommandsAsync(client, url);
            small[name].ShouldBeGreaterThan(0, "the counter counts");
        }

        await AddCitizensAsync("medarbejder3.act@caseload.local", 495, contactsEach: 6);
        await AddCtiCoursesAsync("medarbejder2.cti@caseload.local", 495);
        await AddOutreachCasesAsync("medarbejder2.fs@caseload.local", 495);

        foreach (var (name, client, url) in pages)
        {
            var large = await CommandsAsync(client, url);
            output.WriteLine($"{name}: {small[name]} SQL commands with a few citizens, {large} with 500");
            // EF Core writes "the first/a page of X" inside a projection as ROW_NUMBER() over all of X's rows: the same number of
            // commands, but each reads the whole table (the citizen page's contact log did, at 0 req/s on 10,000 citizens).
            app.SqlCommands.Texts.ShouldNotContain(sql => sql.Contains("PARTITION BY", StringComparison.OrdinalIgnoreCase),
                $"{name} ({url}) numbers the rows of a whole table (ROW_NUMBER() OVER (PARTITION BY …)): read a list, or page the table itself");
            // A paged list counts in the same command as its page (Paging.ToPagedAsync): flat however long it grows.
            large.ShouldBe(small[name], $"{name} ({url}): {small[name]} SQL commands with a few citizens, {large} with 500");
            large.ShouldBeLessThanOrEqualTo(20, $"{name} runs {large} SQL commands");
            if (app is SqliteAppFactory) await ShouldNotScanCitizenDataAsync(name, url, app.SqlCommands.Texts);
        }
        // The citizen page (issue #26 item 8): session with memberships, scope (with which engines concern the citizen), audit,
        // master data, courses, the team's members (names on the cards and in the contact form; the leader's picker adds the
        // loads), documents, the method's section (ACT: action plan and intensified support in one), the contact log's page with
        // its count, timeline; the citizen's own access to /mig (issue #34: its section, one statement). Target 6; 18–20 before
        // the sections were folded, 13 before the engines joined the scope.
        foreach (var page in new[] { "Borgerside", "FS-borgerside" })
        {
            small[page].ShouldBeLessThanOrEqualTo(11, $"{page} runs {small[page]} SQL commands");
        }
    }

    [Fact]
    public async Task TheBoardAndMineBorgereReadTheContactSummaryNotTheContactLog()
    {
        using var worker = TestClient.For(app);
        await worker.SignInAsync("medarbejder1.act@caseload.local");
        using var leader = TestClient.For(app);
        await leader.SignInAsync("teamleder.act@caseload.local");
        foreach (var (client, url) in new[] { (leader, "/tavle"), (worker, "/mine-borgere") })
        {
            await CommandsAsync(client, url);
            app.SqlCommands.Texts.ShouldNotContain(sql => sql.Contains("ContactLog", StringComparison.OrdinalIgnoreCase),
                $"{url} aggregates the contact log; it should read Citizens.LastAchievedContactAt");
            app.SqlCommands.Texts.ShouldContain(sql => sql.Contains("LastAchievedContactAt", StringComparison.Ordinal), url);
        }
    }

    /// <summary>Adds CTI citizens in phase 1 (start measurement, two goals) to the CTI team.</summary>
    private Task<int> AddCtiCoursesAsync(string workerEmail, int count) => app.QueryAsync(async db =>
    {
        var worker = await db.Users.Where(u => u.Email == workerEmail).Select(u => u.Id).SingleAsync();
        var team = await db.TeamMembers.Where(m => m.UserId == worker).Select(m => m.TeamId).FirstAsync();
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(now);
        for (var i = 0; i < count; i++)
        {
            var cpr = CprNumber.Parse($"{(i % 28) + 1:00}{(i / 28 % 12) + 1:00}{40 + (i / 336 % 50):00}-4{i:000}");
            var c = new Citizen($"CTI Testborger {i}", cpr, team);
            db.Citizens.Add(c);
            var course = new Course(c.Id, team, Domain.Teams.Method.Cti, today.AddDays(-60), worker, now.AddDays(-60), null);
            db.Courses.Add(course);
            var cti = new Domain.Cti.CtiCourse(course, today.AddDays(-20), Domain.Cti.CtiResidence.Shelter);
            cti.RecordMeasurement(Domain.Cti.MeasurementPoint.Start, today.AddDays(-30), [2, 2, 2, 2, 2], 5, Domain.Cti.HousingStatus.Shelter,
                Domain.Cti.SubstanceUse.Weekly, 2, null, today);
            cti.Advance(Domain.Cti.CtiTransitionKind.StartPhase1, today.AddDays(-30),
                [new(1, true, null), new(2, true, null), new(3, true, null)], null, today, now, worker);
            cti.AddGoal("Mål", null, null, Domain.Cti.GoalStatus.InProgress);
            db.CtiCourses.Add(cti);
        }
        return await db.SaveChangesAsync();
    });

    /// <summary>Adds outreach citizens, each with an accepted referral and a case past its first meeting (attempts, consent, events).</summary>
    private Task<int> AddOutreachCasesAsync(string workerEmail, int count) => app.QueryAsync(async db =>
    {
        var worker = await db.Users.Where(u => u.Email == workerEmail).Select(u => u.Id).SingleAsync();
        var team = await db.TeamMembers.Where(m => m.UserId == worker).Select(m => m.TeamId).FirstAsync();
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(now);
        var allocated = today.AddDays(-30);
        for (var i = 0; i < count; i++)
        {
            var cpr = CprNumber.Parse($"{(i % 28) + 1:00}{(i / 28 % 12) + 1:00}{40 + (i / 336 % 50):00}-5{i:000}");
            var c = new Citizen($"FS Testborger {i}", cpr, team);
            db.Citizens.Add(c);
            var course = new Course(c.Id, team, Domain.Teams.Method.Outreach, allocated, worker, now.AddDays(-30), null);
            db.Courses.Add(course);
            var referral = new Domain.Outreach.Referral(c.Id, team, allocated.AddDays(-2), Domain.Outreach.ReferralSource.Police, "Politi", null, "Bekymring", "Frida", today);
            referral.Screen(["1.1", "a1", "b1"], null, null, allocated.AddDays(-1), today, worker);
            referral.Accept(course.Id, allocated, today, worker);
            db.Referrals.Add(referral);
            var fs = new Domain.Outreach.OutreachCase(course, referral);
            fs.AddContactAttempt(allocated.AddDays(1), Domain.Outreach.AttemptChannel.Phone, Domain.Outreach.AttemptOutcome.NoAnswer, null, today, worker);
            fs.AddContactAttempt(allocated.AddDays(2), Domain.Outreach.AttemptChannel.Visit, Domain.Outreach.AttemptOutcome.Reached, null, today, worker);
            fs.Record(Domain.Outreach.OutreachEvent.FirstMeeting, allocated.AddDays(4), null, null, today, worker);
            fs.AddConsent("Helbred", "Egen læge", allocated.AddDays(4), null, today);
            fs.Record(Domain.Outreach.OutreachEvent.ExternalInformation, allocated.AddDays(5), null, "Egen læge", today, worker);
            db.OutreachCases.Add(fs);
            // A held coordinating meeting with a task for the worker: their start page shows the nearest few, whatever the number.
            var meeting = new Domain.Meetings.CoordinatingMeeting(c.Id, team);
            meeting.Update(new Domain.Meetings.MeetingDetails(allocated.AddDays(6), new TimeOnly(10, 0), new TimeOnly(11, 0), null, worker, null, null, null, null, null, null),
                [new Domain.Meetings.MeetingParticipant(Guid.Empty, c.Name, "Borger", null, null, false)], [], today);
            meeting.SetTasks([new Domain.Meetings.MeetingTaskRow(Guid.Empty, "Ring til lægen", worker, today.AddDays(i % 30), 4, false)], new HashSet<string> { worker }, today);
            db.CoordinatingMeetings.Add(meeting);
        }
        return await db.SaveChangesAsync();
    });

    /// <summary>Adds citizens with an active course (primary worker <paramref name="workerEmail"/>) and contact history.</summary>
    private Task<int> AddCitizensAsync(string workerEmail, int count, int contactsEach) => app.QueryAsync(async db =>
    {
        var worker = await db.Users.Where(u => u.Email == workerEmail).Select(u => u.Id).SingleAsync();
        var team = await db.TeamMembers.Where(m => m.UserId == worker).Select(m => m.TeamId).FirstAsync();
        var now = DateTime.UtcNow;
        for (var i = 0; i < count; i++)
        {
            var cpr = CprNumber.Parse($"{(i % 28) + 1:00}{(i / 28 % 12) + 1:00}{40 + (i / 336 % 50):00}-3{i:000}");
            var c = new Citizen($"Hansen Testborger {i}", cpr, team);
            db.Citizens.Add(c);
            var course = new Course(c.Id, team, Domain.Teams.Method.Act, DateOnly.FromDateTime(now).AddDays(-100), worker, now.AddDays(-100), null);
            db.Courses.Add(course);
            for (var k = 0; k < contactsEach; k++)
                db.ContactLog.Add(new ContactLogEntry(c.Id, now.AddDays(-(i % 40) - (k * 7)), ContactChannel.Phone, k % 2 == 0, null, null, "Kontakt", worker, now));
            // The ACT week (ADR 0033): a visit planned today for each, and a home visit made (the week view matches them).
            var today = global::Caseload.Application.Common.Time.DanishTime.DateOf(now);
            db.TeamVisits.Add(new Domain.ActionPlans.TeamVisit(team, c.Id, worker, today, new TimeOnly(i % 24, 0), Domain.ActionPlans.VisitPlace.Home, new HashSet<string> { worker }, today));
            db.ContactLog.Add(new ContactLogEntry(c.Id, now.AddMinutes(-1), ContactChannel.HomeVisit, true, null, null, "Besøg", worker, now));
        }
        var saved = await db.SaveChangesAsync();
        await global::Caseload.Application.Contacts.LastContactSummary.RebuildAllAsync(db, CancellationToken.None);
        return saved;
    });
}

public sealed class QueryCountTestsOnSqlite(SqliteAppFactory app, Xunit.Abstractions.ITestOutputHelper output) : QueryCountTests<SqliteAppFactory>(app, output);
public sealed class QueryCountTestsOnPostgres(PostgresAppFactory app, Xunit.Abstractions.ITestOutputHelper output) : QueryCountTests<PostgresAppFactory>(app, output);
