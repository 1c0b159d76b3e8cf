using System.Globalization;
using System.Net;
using Caseload.Application.Agreements;
using Caseload.Application.CitizenPortal;
using Caseload.Application.Common.Time;
using Caseload.Domain.Auditing;
using Caseload.Domain.CourseEvents;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using static Caseload.Web.Tests.CitizenPortal.CitizenPortalScenario;

namespace Caseload.Web.Tests.CitizenPortal;

/// <summary>The rest of the citizen's own view (issue #34 items 2 and 3, ADR 0048 addendum): the network map without phones or
/// worker fields, the meetings and visits ahead, WHO-5 over time with the plain reading, the cooperation agreement confirmed by its
/// saved version (a <c>document.confirmed</c> event), bad input on every /mig form, and what never shows on /mig.</summary>
public abstract class CitizenOwnViewTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseloadAppFactory, new()
{
    private const string Agreement = AgreementOwnDocuments.Key;
    private static int _phones;

    /// <summary>Bent Kristensen (the demo citizen: a network map in three versions, an agreement, a plan, a meeting ahead, WHO-5)
    /// signed in on /mig with a number of this test's own (a new number ends his other sessions).</summary>
    private async Task<(Guid Citizen, TestClient Leader, TestClient Me)> BentAsync()
    {
        var bent = await app.CitizenIdAsync("Bent Kristensen");
        var phone = PhoneFor(500 + Interlocked.Increment(ref _phones));
        var leader = TestClient.For(app);
        await leader.SignInAsync("teamleder.act@caseload.local");
        await EnableAsync(leader, bent, phone);
        var me = TestClient.For(app);
        await SignInAsync(app, me, phone);
        return (bent, leader, me);
    }

    private static async Task<string> HtmlAsync(TestClient me)
    {
        using var response = await me.GetAsync("/mig");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task TheNetworkMapShowsThePersonsAsNamedWithTheCitizenButNoPhonesAndNoWorkerFields()
    {
        var (bent, _, me) = await BentAsync();
        var map = (await me.GetPageAsync("/mig")).QuerySelector("#mig-netvaerk")!.TextContent;
        map.ShouldContain("Lene Kristensen");
        map.ShouldContain("Søster");
        map.ShouldContain("Privat netværk");
        map.ShouldContain("Sundhed og behandling");
        map.ShouldContain("Tæt på");
        map.ShouldNotContain("Jørgen"); // the friend lost in the third version: only the current map
        var stored = await app.QueryAsync(db => db.NetworkMaps.AsNoTracking().SingleAsync(m => m.CitizenId == bent));
        var html = await HtmlAsync(me);
        foreach (var p in stored.Persons.Where(p => p.Phone is not null)) html.ShouldNotContain(p.Phone!);
        html.ShouldNotContain(stored.MadeBy);
        if (stored.ResponsibleWorkerId is { } responsible) html.ShouldNotContain(responsible);
        html.ShouldNotContain("samtykke", Case.Insensitive);
    }

    [Fact]
    public async Task TheNextMeetingShowsDateTimePlaceAndWhoButNotTheParticipantsContactsOrTheAgenda()
    {
        var (bent, _, me) = await BentAsync();
        var meetings = (await me.GetPageAsync("/mig")).QuerySelectorAll("#mig-moeder .mig-appointment").Select(a => a.TextContent).ToList();
        var today = await app.QueryAsync(db => Task.FromResult(DanishTime.DateOf(DateTime.UtcNow)));
        var meeting = meetings.Single(m => m.Contains("Solbjerg Sundhedshus, mødelokale 1", StringComparison.Ordinal)); // the demo's
        meeting.ShouldContain("Koordinerende møde");
        meeting.ShouldContain("kl. 13.00–14.00");
        meeting.ShouldContain("Per Vang (Vicevært, Boligselskabet Solhaven)");
        meeting.ShouldContain(today.AddDays(7).ToString("dddd 'den' d. MMMM", CultureInfo.GetCultureInfo("da-DK")), Case.Insensitive);
        var html = await HtmlAsync(me);
        html.ShouldNotContain("per.vang@solhaven.example");
        html.ShouldNotContain("86 12 34 56"); // the chair's phone
        html.ShouldNotContain("Huslejen og afdragsordningen"); // the agenda
        // The ACT week's visits ahead are there too, with the visiting worker's name.
        meetings.ShouldContain(m => m.Contains("Besøg", StringComparison.Ordinal) && m.Contains("Hvem:", StringComparison.Ordinal));
        (await app.QueryAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == AuditNames.CitizenPortal && e.Action == AuditAction.Viewed
            && e.UserId == ActorOf(bent) && e.CitizenId == bent && e.Changes!.Contains("møder og besøg")))).ShouldBeTrue();
    }

    [Fact]
    public async Task Who5OverTimeShowsTheCtiMeasurementsAndTheOwnAnswersWithThePlainReading()
    {
        var (citizen, score, on) = await app.QueryAsync(async db => await db.CtiMeasurements.AsNoTracking().OrderBy(m => m.Date)
            .Select(m => new ValueTuple<Guid, int, DateOnly>(m.CitizenId, m.Who5Score, m.Date)).FirstAsync());
        using var leader = TestClient.For(app);
        await leader.SignInAsync("teamleder.cti@caseload.local");
        var phone = PhoneFor(600);
        await EnableAsync(leader, citizen, phone);
        using var me = TestClient.For(app);
        await SignInAsync(app, me, phone);
        using (var sent = await me.PostFormAsync("/mig/trivsel", [.. Enumerable.Range(0, 5).Select(i => new KeyValuePair<string, string>($"answers[{i}]", "1"))], "/mig/trivsel"))
            sent.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var rows = (await me.GetPageAsync("/mig")).QuerySelectorAll("#mig-trivsel .mig-who5").Select(r => r.TextContent).ToList();
        var measured = new OwnWho5(on, score, false);
        rows.ShouldContain(r => r.Contains($"{score} ud af 100", StringComparison.Ordinal) && r.Contains(measured.Reading, StringComparison.Ordinal)
            && r.Contains("Sammen med din medarbejder", StringComparison.Ordinal)
            && r.Contains(on.ToString("d. MMMM yyyy", CultureInfo.GetCultureInfo("da-DK")), StringComparison.Ordinal));
        rows.ShouldContain(r => r.Contains("20 ud af 100", StringComparison.Ordinal) && r.Contains(OwnWho5.GreatRiskReading, StringComparison.Ordinal)
            && r.Contains("Du svarede selv", StringComparison.Ordinal));
        var html = await HtmlAsync(me);
        html.ShouldNotContain("risiko for depression", Case.Insensitive); // the worker's reading, not the citizen's
        html.ShouldContain("Dine point over tid:"); // the picture's text alternative
    }

    [Fact]
    public async Task TheAgreementIsConfirmedByItsSavedVersionAsAnEventAndANewerVersionShowsTheWorkerItIsNotConfirmed()
    {
        var (bent, leader, me) = await BentAsync();
        var form = (await me.GetPageAsync("/mig")).QuerySelector($"#mig-{Agreement}-enig form")!;
        var version = int.Parse(form.QuerySelector("input[name=version]")!.GetAttribute("value")!, CultureInfo.InvariantCulture);
        var saved = await app.QueryAsync(db => db.CooperationAgreements.Where(a => a.CitizenId == bent).OrderByDescending(a => a.MadeOn)
            .Select(a => a.SavedVersion).FirstAsync());
        version.ShouldBe(saved);
        version.ShouldBeGreaterThan(0);
        using (var confirmed = await me.PostFormAsync("/mig", [new("document", Agreement), new("version", version.ToString(CultureInfo.InvariantCulture))], "/mig/bekraeft"))
            confirmed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var row = await app.QueryAsync(db => db.CitizenConfirmations.AsNoTracking().SingleAsync(c => c.CitizenId == bent && c.DocumentKey == Agreement));
        row.DocumentVersion.ShouldBe(version);
        (await me.GetPageAsync("/mig")).QuerySelector($"#mig-{Agreement}-enig")!.TextContent.ShouldContain("Du har sagt, at du er enig");
        var events = await app.QueryAsync(db => db.CourseEvents.AsNoTracking().Where(e => e.Type == CourseEventTypes.DocumentConfirmed && e.CitizenId == bent).ToListAsync());
        var confirmedEvent = events.ShouldHaveSingleItem();
        (confirmedEvent.SubjectId, confirmedEvent.Code, confirmedEvent.Number).ShouldBe((row.Id, "cooperation-agreement", (int?)version));
        confirmedEvent.RecordedBy.ShouldBe(ActorOf(bent));
        (await leader.GetPageAsync($"/borgere/{bent}")).QuerySelectorAll(".borger-bekraeftelse").Select(e => e.TextContent)
            .ShouldContain(t => t.Contains("Din samarbejdsaftale", StringComparison.Ordinal) && t.Contains($"enig i version {version}", StringComparison.Ordinal)
                && !t.Contains("ikke bekræftet", StringComparison.Ordinal));

        // The worker changes the agreement: a new saved version; the citizen is asked again, the worker sees the old confirmation as such.
        await app.QueryAsync(async db =>
        {
            var a = await db.CooperationAgreements.Where(x => x.CitizenId == bent).OrderByDescending(x => x.MadeOn).FirstAsync();
            a.Update(a.MadeOn, a.Place, a.Present, a.CurrentSituation, "Styr på huslejen, komme til lægen og tandlægen.", a.ObstaclesCitizen,
                a.ObstaclesWorker, a.WhatHelps, a.Rows, a.Coordination, a.TasksCoordination, a.TasksAuthority, a.TasksOther, a.FollowUpOn,
                a.FollowUpStatus, a.NeedsNewGoals, DanishTime.DateOf(DateTime.UtcNow), a.SavedVersion);
            return await db.SaveChangesAsync();
        });
        (await me.GetPageAsync("/mig")).QuerySelector($"#mig-{Agreement}-enig")!.TextContent.ShouldContain("Der er en ny udgave");
        (await leader.GetPageAsync($"/borgere/{bent}")).QuerySelectorAll(".borger-bekraeftelse").Select(e => e.TextContent)
            .ShouldContain(t => t.Contains($"enig i version {version}", StringComparison.Ordinal) && t.Contains($"Version {version + 1} er ikke bekræftet", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConfirmingAStaleForgedOrGarbledVersionIsADanishMessageAndRecordsNothing()
    {
        var (bent, _, me) = await BentAsync();
        var version = await app.QueryAsync(db => db.CooperationAgreements.Where(a => a.CitizenId == bent).MaxAsync(a => a.SavedVersion));
        var confirmations = await app.QueryAsync(db => db.CitizenConfirmations.CountAsync(c => c.CitizenId == bent && c.DocumentKey == Agreement));
        var events = await app.QueryAsync(db => db.CourseEvents.CountAsync(e => e.Type == CourseEventTypes.DocumentConfirmed && e.CitizenId == bent));
        foreach (var (bad, message) in new[]
                 {
                     ((version + 5).ToString(CultureInfo.InvariantCulture), CitizenActions.UnknownVersionMessage),
                     ("0", CitizenActions.UnknownVersionMessage),
                     ("abc", CitizenActions.UnknownVersionMessage),
                     ("99999999999999999999", CitizenActions.UnknownVersionMessage),
                 })
        {
            using (var posted = await me.PostFormAsync("/mig", [new("document", Agreement), new("version", bad)], "/mig/bekraeft"))
                posted.StatusCode.ShouldBe(HttpStatusCode.Redirect, bad);
            (await me.GetPageAsync("/mig")).QuerySelector("#mig-fejl")!.TextContent.ShouldBe(message, bad);
        }
        // A stale version (the page was open while the worker saved a new one) is refused as such.
        await app.QueryAsync(async db =>
        {
            var a = await db.CooperationAgreements.Where(x => x.CitizenId == bent).OrderByDescending(x => x.MadeOn).FirstAsync();
            a.Update(a.MadeOn, a.Place, a.Present, a.CurrentSituation, a.Goals + " Og flere venner.", a.ObstaclesCitizen, a.ObstaclesWorker, a.WhatHelps,
                a.Rows, a.Coordination, a.TasksCoordination, a.TasksAuthority, a.TasksOther, a.FollowUpOn, a.FollowUpStatus, a.NeedsNewGoals,
                DanishTime.DateOf(DateTime.UtcNow), a.SavedVersion);
            return await db.SaveChangesAsync();
        });
        using (var stale = await me.PostFormAsync("/mig", [new("document", Agreement), new("version", version.ToString(CultureInfo.InvariantCulture))], "/mig/bekraeft"))
            stale.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await me.GetPageAsync("/mig")).QuerySelector("#mig-fejl")!.TextContent.ShouldBe(CitizenActions.NewerVersionMessage);
        (await app.QueryAsync(db => db.CitizenConfirmations.CountAsync(c => c.CitizenId == bent && c.DocumentKey == Agreement))).ShouldBe(confirmations);
        (await app.QueryAsync(db => db.CourseEvents.CountAsync(e => e.Type == CourseEventTypes.DocumentConfirmed && e.CitizenId == bent))).ShouldBe(events);
    }

    [Theory]
    [InlineData("", "Skriv din kommentar.")]
    [InlineData("   ", "Skriv din kommentar.")]
    [InlineData("<script>alert(1)</script> for lang", "Din kommentar må højst være 1000 tegn.")]
    public async Task ABadCommentShowsTheFormAgainWithTheTextAsTypedAndADanishMessageAndSavesNothing(string typed, string message)
    {
        var (bent, _, me) = await BentAsync();
        var row = (await me.GetPageAsync("/mig")).QuerySelector($"#mig-{Agreement} input[name=row]")!.GetAttribute("value")!;
        var text = typed.EndsWith("for lang", StringComparison.Ordinal) ? typed + new string('æ', 1000) : typed;
        var comments = await app.QueryAsync(db => db.CitizenComments.CountAsync(c => c.CitizenId == bent));
        using var posted = await me.PostFormAsync("/mig", [new("document", Agreement), new("row", row), new("text", text)], "/mig/kommentar");
        posted.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await TestClient.ParseAsync(posted);
        page.QuerySelector($"#mig-{Agreement} #mig-fejl")!.TextContent.ShouldBe(message);
        var area = page.QuerySelector($"#kommentar-{row}")!;
        area.TextContent.ShouldBe(string.IsNullOrWhiteSpace(text) ? "" : text); // (MVC binds a blank field as null)
        area.GetAttribute("aria-invalid").ShouldBe("true");
        area.Closest("details")!.HasAttribute("open").ShouldBeTrue();
        (await posted.Content.ReadAsStringAsync()).ShouldNotContain("<script>alert(1)</script>");
        (await app.QueryAsync(db => db.CitizenComments.CountAsync(c => c.CitizenId == bent))).ShouldBe(comments);
    }

    [Fact]
    public async Task ACommentOnAnotherCitizensAgreementRowIs404AndSavesNothing()
    {
        var (bent, _, me) = await BentAsync();
        var othersRow = await app.QueryAsync(async db => Domain.Common.JsonRows.Read<global::Caseload.Domain.Agreements.AgreementRow>(
            await db.CooperationAgreements.Where(a => a.CitizenId != bent).Select(a => a.RowsJson).FirstAsync()).First().Id);
        using (var forged = await me.PostFormAsync("/mig", [new("document", Agreement), new("row", othersRow.ToString()), new("text", "Falsk")], "/mig/kommentar"))
            forged.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using (var forgedEmpty = await me.PostFormAsync("/mig", [new("document", Agreement), new("row", othersRow.ToString()), new("text", "")], "/mig/kommentar"))
            forgedEmpty.StatusCode.ShouldNotBe(HttpStatusCode.InternalServerError);
        using (var noDocument = await me.PostFormAsync("/mig", [new("row", othersRow.ToString()), new("text", "Falsk")], "/mig/kommentar"))
            noDocument.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.QueryAsync(db => db.CitizenComments.CountAsync(c => c.Text == "Falsk"))).ShouldBe(0);
    }

    [Theory]
    [InlineData("7", OwnWho5InputValidator.OutOfRangeMessage)]
    [InlineData("-1", OwnWho5InputValidator.OutOfRangeMessage)]
    [InlineData("abc", OwnWho5InputValidator.MissingMessage)]
    [InlineData("", OwnWho5InputValidator.MissingMessage)]
    public async Task Who5WithAMissingOrOutOfRangeAnswerKeepsTheOtherAnswersAndSavesNothing(string bad, string message)
    {
        var (bent, _, me) = await BentAsync();
        var before = await app.QueryAsync(db => db.SelfReportedWho5.CountAsync(w => w.CitizenId == bent));
        using var posted = await me.PostFormAsync("/mig/trivsel",
            [.. Enumerable.Range(0, 5).Select(i => new KeyValuePair<string, string>($"answers[{i}]", i == 2 ? bad : "4"))], "/mig/trivsel");
        posted.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await TestClient.ParseAsync(posted);
        page.QuerySelector("#mig-fejl")!.TextContent.ShouldBe(message);
        page.QuerySelector("#who5-0-4")!.HasAttribute("checked").ShouldBeTrue(); // what was answered stays answered
        page.QuerySelector("#who5-4-4")!.HasAttribute("checked").ShouldBeTrue();
        (await app.QueryAsync(db => db.SelfReportedWho5.CountAsync(w => w.CitizenId == bent))).ShouldBe(before);
    }

    [Fact]
    public async Task ASecretAddressNeverShowsOnMigEvenInsideTheMapOrAMeetingPlace()
    {
        var (bent, _, me) = await BentAsync();
        const string Street = "Skjulestien 9";
        await app.QueryAsync(async db =>
        {
            var c = await db.Citizens.SingleAsync(x => x.Id == bent);
            c.UpdateContact($"{Street}, 8000 Solbjerg", true, c.Phone, c.SecondaryPhone, c.Email);
            var today = DanishTime.DateOf(DateTime.UtcNow);
            var meeting = new global::Caseload.Domain.Meetings.CoordinatingMeeting(bent, c.TeamId);
            meeting.Update(new global::Caseload.Domain.Meetings.MeetingDetails(today.AddDays(3), new TimeOnly(9, 0), new TimeOnly(10, 0),
                $"Hjemme, {Street.ToUpperInvariant()}", null, null, null, null, null, null, null), [], [], today);
            db.CoordinatingMeetings.Add(meeting);
            return await db.SaveChangesAsync();
        });
        var html = await HtmlAsync(me);
        html.ShouldNotContain("Skjulestien", Case.Insensitive);
        html.ShouldNotContain("SKJULESTIEN", Case.Insensitive);
        (await me.GetPageAsync("/mig")).QuerySelector("#mig-moeder")!.TextContent.ShouldContain("Hjemme, din adresse");
    }

    [Fact]
    public async Task NoStaffNoteContactLogOrTheWorkersPartsOfTheDocumentsShowOnMig()
    {
        var (bent, _, me) = await BentAsync();
        const string Note = "Intern note: borgeren må ikke se denne tekst";
        await app.QueryAsync(async db =>
        {
            await db.Citizens.Where(c => c.Id == bent).ExecuteUpdateAsync(s => s.SetProperty(c => c.Notes, Note));
            return 1;
        });
        var contactNotes = await app.QueryAsync(db => db.ContactLog.AsNoTracking().Where(c => c.CitizenId == bent && c.Note != null).Select(c => c.Note!).ToListAsync());
        contactNotes.ShouldNotBeEmpty();
        var agreement = await app.QueryAsync(db => db.CooperationAgreements.AsNoTracking().Where(a => a.CitizenId == bent).FirstAsync());
        var html = await HtmlAsync(me);
        html.ShouldNotContain("Intern note");
        foreach (var note in contactNotes) html.ShouldNotContain(System.Net.WebUtility.HtmlEncode(note));
        foreach (var internalText in new[] { agreement.ObstaclesWorker, agreement.TasksCoordination, agreement.TasksAuthority, agreement.Coordination })
            if (internalText is not null) html.ShouldNotContain(System.Net.WebUtility.HtmlEncode(internalText));
        // Internal deadlines: the agreement's and its rows' follow-up dates are not on the page.
        foreach (var due in agreement.Rows.Select(r => r.FollowUpOn).Append(agreement.FollowUpOn).OfType<DateOnly>())
        {
            html.ShouldNotContain(due.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture));
            html.ShouldNotContain(due.ToString("d. MMMM yyyy", CultureInfo.GetCultureInfo("da-DK")));
        }
        html.ShouldNotContain("screening", Case.Insensitive);
    }
}

public sealed class SqliteCitizenOwnViewTests(SqliteAppFactory app) : CitizenOwnViewTests<SqliteAppFactory>(app);

public sealed class PostgresCitizenOwnViewTests(PostgresAppFactory app) : CitizenOwnViewTests<PostgresAppFactory>(app);

/// <summary>Meetings and visits ahead by the one clock (issue #34 item 2): today's until they end (a visit until it starts), none
/// from yesterday, no cancelled visit; "I dag"/"I morgen" follow the Danish date — at any hour, and on the day the clocks go forward.</summary>
public sealed class CitizenOwnViewClockTests
{
    [Theory]
    [InlineData("2026-11-25")]
    [InlineData("2026-03-29")] // summer time begins
    public async Task OnlyMeetingsAndVisitsStillAheadShowInDanishTime(string day)
    {
        var date = DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        DateTime Utc(DateOnly d, int hour, int minute)
        {
            DanishTime.TryToUtc(d.ToDateTime(new TimeOnly(hour, minute)), out var utc).ShouldBeTrue();
            return utc;
        }
        var clock = new FakeTimeProvider(new DateTimeOffset(Utc(date, 9, 0)));
        await using var app = new SqliteAppFactory { Clock = clock };
        var bent = await app.CitizenIdAsync("Bent Kristensen");
        var worker = await app.QueryAsync(db => db.Users.Where(u => u.Email == Worker).Select(u => u.Id).SingleAsync());
        var workerName = await app.QueryAsync(db => db.Users.Where(u => u.Email == Worker).Select(u => u.FullName).SingleAsync());
        await app.QueryAsync(async db =>
        {
            var team = await db.Citizens.Where(c => c.Id == bent).Select(c => c.TeamId).SingleAsync();
            var now = clock.GetUtcNow().UtcDateTime;
            // Only this test's visits and meetings: the demo week's are cancelled, the demo meeting moved far ahead.
            await db.TeamVisits.Where(v => v.CitizenId == bent).ExecuteUpdateAsync(s => s.SetProperty(v => v.CancelledAt, now));
            await db.CoordinatingMeetings.Where(m => m.CitizenId == bent).ExecuteDeleteAsync();
            global::Caseload.Domain.Meetings.CoordinatingMeeting Meeting(DateOnly on, int from, string place)
            {
                var m = new global::Caseload.Domain.Meetings.CoordinatingMeeting(bent, team);
                m.Update(new(on, new TimeOnly(from, 0), new TimeOnly(from + 1, 0), place, worker, null, null, null, null, null, null),
                    [new(Guid.Empty, "Jørgen", "Ven", null, "12 12 12 12", false)], [], date.AddDays(-10));
                return m;
            }
            db.CoordinatingMeetings.AddRange(Meeting(date.AddDays(-1), 10, "Mødet i går"), Meeting(date, 13, "Mødet i dag"));
            var everyone = new HashSet<string> { worker };
            var cancelled = new global::Caseload.Domain.ActionPlans.TeamVisit(team, bent, worker, date.AddDays(1), new TimeOnly(12, 0),
                global::Caseload.Domain.ActionPlans.VisitPlace.Office, everyone, date);
            cancelled.Cancel(now);
            db.TeamVisits.AddRange(
                new global::Caseload.Domain.ActionPlans.TeamVisit(team, bent, worker, date, new TimeOnly(10, 0), global::Caseload.Domain.ActionPlans.VisitPlace.Home, everyone, date),
                new global::Caseload.Domain.ActionPlans.TeamVisit(team, bent, worker, date.AddDays(1), new TimeOnly(8, 30), global::Caseload.Domain.ActionPlans.VisitPlace.DropInCentre, everyone, date),
                cancelled);
            return await db.SaveChangesAsync();
        });
        using (var leader = TestClient.For(app))
        {
            await leader.SignInAsync("teamleder.act@caseload.local");
            await EnableAsync(leader, bent, PhoneFor(700));
        }

        async Task<List<string>> AheadAtAsync(DateOnly on, int hour, int minute)
        {
            clock.SetUtcNow(new DateTimeOffset(Utc(on, hour, minute)));
            using var me = TestClient.For(app);
            await SignInAsync(app, me, PhoneFor(700));
            return [.. (await me.GetPageAsync("/mig")).QuerySelectorAll("#mig-moeder .mig-appointment").Select(a => string.Join(" ", a.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))];
        }

        var morning = await AheadAtAsync(date, 9, 0);
        morning.Count.ShouldBe(3, string.Join(" | ", morning));
        morning[0].ShouldStartWith("I dag kl. 10.00 Besøg Sted: Hjemme");
        morning[0].ShouldContain($"Hvem: {workerName}");
        morning[1].ShouldStartWith("I dag kl. 13.00–14.00 Koordinerende møde Sted: Mødet i dag");
        morning[1].ShouldContain("Jørgen (Ven)");
        morning[1].ShouldNotContain("12 12 12 12");
        morning[2].ShouldStartWith("I morgen kl. 08.30 Besøg Sted: Værested");
        string.Join(" ", morning).ShouldNotContain("Mødet i går");
        string.Join(" ", morning).ShouldNotContain("På kontoret"); // the cancelled visit

        var during = await AheadAtAsync(date, 13, 30);
        during.Count.ShouldBe(2, string.Join(" | ", during)); // the visit at 10 has begun; the meeting runs until 14
        during[0].ShouldContain("Mødet i dag");

        (await AheadAtAsync(date, 14, 1)).ShouldHaveSingleItem().ShouldStartWith("I morgen kl. 08.30");
        (await AheadAtAsync(date, 23, 59)).ShouldHaveSingleItem().ShouldStartWith("I morgen kl. 08.30");
        (await AheadAtAsync(date.AddDays(1), 0, 5)).ShouldHaveSingleItem().ShouldStartWith("I dag kl. 08.30");
    }
}
