using System.Net;
using Caseload.Application.ActionPlans;
using Caseload.Application.Common.Time;
using Caseload.Domain.Auditing;
using Caseload.Domain.CourseEvents;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Web.Tests.Act;

/// <summary>The ACT team's week of shared visits (ADR 0033) as the team uses it: a worker plans a visit for a colleague, it shows
/// on the week and on the colleague's start page, an achieved face-to-face contact by that colleague that day makes it held,
/// planning and cancelling write events and audit rows; another team's week is 404; bad input is refused in Danish with the
/// form kept; the weeks navigate across the year end; the phone calendar feed names no citizen and dies when revoked.</summary>
public abstract class VisitWeekTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseloadAppFactory, new()
{
    private const string Leader = "teamleder.act@caseload.local";
    private const string Mette = "medarbejder1.act@caseload.local";
    private const string Ole = "medarbejder2.act@caseload.local";

    private DateOnly Today => app.Services.GetRequiredService<IDanishClock>().Today;

    private Task<Guid> TeamAsync() => app.QueryAsync(db => db.Teams.Where(t => t.Name == "ACT-team Solbjerg").Select(t => t.Id).SingleAsync());

    private Task<string> UserIdAsync(string email) => app.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    private async Task<TestClient> SignedInAsync(string email)
    {
        var client = TestClient.For(app);
        await client.SignInAsync(email);
        return client;
    }

    [Fact]
    public async Task AWorkerPlansAColleaguesVisitAndAnAchievedHomeVisitThatDayMakesItHeld()
    {
        var team = await TeamAsync();
        var url = $"/act/teams/{team}/besoeg";
        var susanne = await app.CitizenIdAsync("Susanne Bak");
        var ole = await UserIdAsync(Ole);
        using var mette = await SignedInAsync(Mette);
        (await mette.GetAsync("/act/besoeg")).Headers.Location!.OriginalString.ShouldBe(url);
        var readsBefore = await app.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.Viewed && a.EntityType == AuditNames.Team && a.EntityKey == team.ToString()));

        var at = app.Services.GetRequiredService<IDanishClock>().LocalNowToMinute;
        var createdBefore = await app.QueryAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == AuditNames.TeamVisit && a.CitizenId == susanne && a.Action == AuditAction.Created));
        var redirect = await mette.PostFormForRedirectAsync(url, [F("Visit.CitizenId", susanne.ToString()), F("Visit.WorkerId", ole),
            F("Visit.Date", Today.ToString("yyyy-MM-dd")), F("Visit.StartsAt", "23:50"), F("Visit.Place", "Community"), F("uge", "")], "/besoeg");
        redirect.ShouldBe($"{url}?uge={VisitWeek.Of(Today)}#borger-{susanne}");
        var visit = await app.QueryAsync(db => db.TeamVisits.SingleAsync(v => v.CitizenId == susanne && v.WorkerId == ole && v.StartsAt == new TimeOnly(23, 50)));
        (visit.Date, visit.TeamId, visit.Place).ShouldBe((Today, team, Domain.ActionPlans.VisitPlace.Community));
        var planned = await app.QueryAsync(db => db.CourseEvents.SingleAsync(e => e.Type == CourseEventTypes.ActVisitPlanned && e.SubjectId == visit.Id));
        (planned.CitizenId, planned.Code, planned.PlannedOn).ShouldBe((susanne, "community", (DateOnly?)Today));
        (await app.QueryAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == AuditNames.TeamVisit && a.CitizenId == susanne && a.Action == AuditAction.Created))).ShouldBe(createdBefore + 1);

        var page = await mette.GetPageAsync(redirect.Split('#')[0]);
        var cell = page.GetElementById($"borger-{susanne}")!.QuerySelectorAll(".besoeg").Single(b => b.TextContent.Contains("23.50", StringComparison.Ordinal));
        cell.TextContent.ShouldContain("Ole Nielsen, Sygeplejerske"); // read out in full; "Ole N." on the screen
        cell.TextContent.ShouldContain("I lokalområdet");
        cell.GetAttribute("data-status").ShouldBe("Planned");
        (await app.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.Viewed && a.EntityType == AuditNames.Team && a.EntityKey == team.ToString())))
            .ShouldBeGreaterThan(readsBefore);

        // On Ole's start page ("Min uge"), not on Mette's.
        using var oleClient = await SignedInAsync(Ole);
        (await oleClient.GetPageAsync("/")).QuerySelectorAll("#min-uge .mit-besoeg").ShouldContain(v => v.TextContent.Contains("Susanne Bak", StringComparison.Ordinal)
            && v.TextContent.Contains("23.50", StringComparison.Ordinal));
        (await mette.GetPageAsync("/")).QuerySelectorAll("#min-uge .mit-besoeg").ShouldNotContain(v => v.TextContent.Contains("23.50", StringComparison.Ordinal));

        // A phone call is no visit; a home visit Mette logs with Ole present is: the visit is held.
        var when = at.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);
        using (var phone = await mette.PostFormAsync($"/borgere/{susanne}", [F("Contact.OccurredAt", when), F("Contact.Channel", "Phone"), F("Contact.Achieved", "true")], $"/borgere/{susanne}/kontakter"))
            phone.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await mette.GetPageAsync(url)).GetElementById($"borger-{susanne}")!.QuerySelectorAll(".besoeg").Single(b => b.TextContent.Contains("23.50", StringComparison.Ordinal))
            .GetAttribute("data-status").ShouldBe("Planned");
        using (var home = await mette.PostFormAsync($"/borgere/{susanne}", [F("Contact.OccurredAt", when), F("Contact.Channel", "HomeVisit"), F("Contact.Achieved", "true"),
                   F("Contact.WorkersPresent", ole)], $"/borgere/{susanne}/kontakter"))
            home.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var held = (await mette.GetPageAsync(url)).GetElementById($"borger-{susanne}")!.QuerySelectorAll(".besoeg").Single(b => b.TextContent.Contains("23.50", StringComparison.Ordinal));
        held.GetAttribute("data-status").ShouldBe("Held");
        held.TextContent.ShouldContain("Gennemført");
        held.QuerySelector("form").ShouldBeNull(); // a held visit cannot be cancelled
    }

    [Fact]
    public async Task TheLeaderCancelsAVisitItLeavesTheWeekAndWritesAnEvent()
    {
        var team = await TeamAsync();
        var url = $"/act/teams/{team}/besoeg";
        var jytte = await app.CitizenIdAsync("Jytte Poulsen");
        using var leader = await SignedInAsync(Leader);
        await leader.PostFormForRedirectAsync(url, [F("Visit.CitizenId", jytte.ToString()), F("Visit.WorkerId", await UserIdAsync(Mette)),
            F("Visit.Date", Today.AddDays(2).ToString("yyyy-MM-dd")), F("Visit.StartsAt", "07:15"), F("Visit.Place", "Home")], "/besoeg");
        var visit = await app.QueryAsync(db => db.TeamVisits.SingleAsync(v => v.CitizenId == jytte && v.StartsAt == new TimeOnly(7, 15)));
        var week = VisitWeek.Of(visit.Date);
        using (var cancelled = await leader.PostFormAsync($"{url}?uge={week}", [F("uge", week.ToString())], $"/{visit.Id}/aflys"))
        {
            cancelled.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            cancelled.Headers.Location!.OriginalString.ShouldBe($"{url}?uge={week}");
        }
        (await app.QueryAsync(db => db.TeamVisits.Where(v => v.Id == visit.Id).Select(v => v.CancelledAt).SingleAsync())).ShouldNotBeNull();
        (await leader.GetPageAsync($"{url}?uge={week}")).GetElementById($"borger-{jytte}")!.TextContent.ShouldNotContain("07.15");
        (await app.QueryAsync(db => db.CourseEvents.SingleAsync(e => e.Type == CourseEventTypes.ActVisitCancelled && e.SubjectId == visit.Id))).PlannedOn.ShouldBe(visit.Date);
        // Twice: a Danish message, not a 500.
        using var again = await leader.PostWithTokenAsync($"{url}/{visit.Id}/aflys", [F("uge", week.ToString())]);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TestClient.ParseAsync(again)).GetElementById("fejl-oversigt")!.TextContent.ShouldContain("allerede aflyst");
    }

    [Fact]
    public async Task AnotherTeamsWeekIsNotFoundAndChangesNothing()
    {
        var team = await TeamAsync();
        var cti = await app.QueryAsync(db => db.Teams.Where(t => t.Name == "CTI-team Solbjerg").Select(t => t.Id).SingleAsync());
        var bent = await app.CitizenIdAsync("Bent Kristensen");
        var visit = await app.QueryAsync(db => db.TeamVisits.Where(v => v.TeamId == team && v.CancelledAt == null).Select(v => v.Id).FirstAsync());
        var before = await app.QueryAsync(db => db.TeamVisits.CountAsync(v => v.CancelledAt == null));
        using var ctiLeader = await SignedInAsync("teamleder.cti@caseload.local");
        (await ctiLeader.GetAsync($"/act/teams/{team}/besoeg")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ctiLeader.GetPageAsync("/act/besoeg")).QuerySelector("main")!.TextContent.ShouldContain("ikke medlem af et ACT-team");
        using (var plan = await ctiLeader.PostWithTokenAsync($"/act/teams/{team}/besoeg", [F("Visit.CitizenId", bent.ToString()),
                   F("Visit.WorkerId", await UserIdAsync("teamleder.cti@caseload.local")), F("Visit.Date", Today.ToString("yyyy-MM-dd")), F("Visit.StartsAt", "10:00"), F("Visit.Place", "Home")]))
            plan.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using (var cancel = await ctiLeader.PostWithTokenAsync($"/act/teams/{team}/besoeg/{visit}/aflys", [])) cancel.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // A CTI team is no ACT team, even for its own leader; and an ACT worker cannot reach the CTI team's address.
        (await ctiLeader.GetAsync($"/act/teams/{cti}/besoeg")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var mette = await SignedInAsync(Mette);
        (await mette.GetAsync($"/act/teams/{cti}/besoeg")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // An ACT worker cannot plan a visit with another team's citizen on their own team's week.
        var ahmed = await app.CitizenIdAsync("Ahmed Hassan");
        using (var foreign = await mette.PostFormAsync($"/act/teams/{team}/besoeg", [F("Visit.CitizenId", ahmed.ToString()), F("Visit.WorkerId", await UserIdAsync(Mette)),
                   F("Visit.Date", Today.ToString("yyyy-MM-dd")), F("Visit.StartsAt", "10:00"), F("Visit.Place", "Home")], "/besoeg"))
        {
            foreign.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await TestClient.ParseAsync(foreign)).Body!.TextContent.ShouldContain("Vælg en borger med et aktivt forløb i teamet.");
        }
        (await app.QueryAsync(db => db.TeamVisits.CountAsync(v => v.CancelledAt == null))).ShouldBe(before);
        (await app.QueryAsync(db => db.TeamVisits.CountAsync(v => v.CitizenId == ahmed))).ShouldBe(0);
    }

    [Fact]
    public async Task BadInputIsRefusedInDanishWithWhatWasTypedAndNothingIsSaved()
    {
        var team = await TeamAsync();
        var url = $"/act/teams/{team}/besoeg";
        var lise = await app.CitizenIdAsync("Lise Mortensen");
        var mette = await UserIdAsync(Mette);
        var before = await app.QueryAsync(db => db.TeamVisits.CountAsync());
        using var client = await SignedInAsync(Mette);

        async Task<AngleSharp.Html.Dom.IHtmlDocument> Refused(params KeyValuePair<string, string>[] fields)
        {
            using var response = await client.PostFormAsync(url, fields, "/besoeg");
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            return await TestClient.ParseAsync(response);
        }

        var past = await Refused(F("Visit.CitizenId", lise.ToString()), F("Visit.WorkerId", mette), F("Visit.Date", Today.AddDays(-1).ToString("yyyy-MM-dd")),
            F("Visit.StartsAt", "10:00"), F("Visit.Place", "Home"));
        past.Body!.TextContent.ShouldContain("Et besøg kan ikke planlægges på en dato, der er gået.");
        (past.GetElementById("Visit_CitizenId") as AngleSharp.Html.Dom.IHtmlSelectElement)!.Value.ShouldBe(lise.ToString());
        (past.GetElementById("Visit_Date") as AngleSharp.Html.Dom.IHtmlInputElement)!.Value.ShouldBe(Today.AddDays(-1).ToString("yyyy-MM-dd"));

        var missing = await Refused(F("Visit.CitizenId", ""), F("Visit.WorkerId", ""), F("Visit.Date", ""), F("Visit.StartsAt", ""), F("Visit.Place", "Home"));
        var text = missing.Body!.TextContent;
        text.ShouldContain("Vælg hvilken borger besøget er hos.");
        text.ShouldContain("Vælg hvilken medarbejder der kommer på besøg.");
        text.ShouldContain("Angiv besøgets dato.");
        text.ShouldContain("Angiv hvornår besøget begynder.");
        var garbled = await Refused(F("Visit.CitizenId", lise.ToString()), F("Visit.WorkerId", mette), F("Visit.Date", "ikke en dato"), F("Visit.StartsAt", "10:00"), F("Visit.Place", "Home"));
        garbled.Body!.TextContent.ShouldContain("'ikke en dato' er ikke en gyldig dato.");
        (garbled.GetElementById("Visit_Date") as AngleSharp.Html.Dom.IHtmlInputElement)!.Value.ShouldBe("ikke en dato");
        (garbled.GetElementById("Visit_StartsAt") as AngleSharp.Html.Dom.IHtmlInputElement)!.Value.ShouldBe("10:00");

        // The hour skipped when summer time starts (29-03-2027 is a Monday: 28-03-2027 the Sunday of the change).
        var gap = await Refused(F("Visit.CitizenId", lise.ToString()), F("Visit.WorkerId", mette), F("Visit.Date", "2027-03-28"), F("Visit.StartsAt", "02:30"), F("Visit.Place", "Home"));
        gap.Body!.TextContent.ShouldContain(DateRules.DaylightSavingGapMessage);

        var stranger = await Refused(F("Visit.CitizenId", lise.ToString()), F("Visit.WorkerId", await UserIdAsync("medarbejder1.cti@caseload.local")),
            F("Visit.Date", Today.ToString("yyyy-MM-dd")), F("Visit.StartsAt", "10:00"), F("Visit.Place", "Home"));
        stranger.Body!.TextContent.ShouldContain("Vælg en medarbejder fra teamet.");
        var place = await Refused(F("Visit.CitizenId", lise.ToString()), F("Visit.WorkerId", mette), F("Visit.Date", Today.ToString("yyyy-MM-dd")),
            F("Visit.StartsAt", "10:00"), F("Visit.Place", "Mars"));
        place.Body!.TextContent.ShouldContain("Værdien 'Mars' er ikke gyldig.");
        (await app.QueryAsync(db => db.TeamVisits.CountAsync())).ShouldBe(before);

        // A week that does not exist: a plain Danish notice and this week, not an error.
        var odd = await client.GetPageAsync($"{url}?uge=2025-W53");
        odd.QuerySelector("[role=status]")!.TextContent.ShouldContain("findes ikke");
        odd.QuerySelector("h1 + p")!.TextContent.ShouldContain(VisitWeek.Of(Today).Danish);
    }

    [Fact]
    public async Task WeeksNavigateAcrossTheYearEndThroughWeek53()
    {
        var team = await TeamAsync();
        using var client = await SignedInAsync(Mette);
        var page = await client.GetPageAsync($"/act/teams/{team}/besoeg?uge=2026-W53");
        page.QuerySelector("h1 + p")!.TextContent.ShouldContain("Uge 53, 2026 (28-12-2026 – 03-01-2027)");
        var links = page.QuerySelectorAll("#uge-navigation a").Select(a => a.GetAttribute("href")!).ToList();
        links.ShouldContain($"/act/teams/{team}/besoeg?uge=2026-W52");
        links.ShouldContain($"/act/teams/{team}/besoeg?uge=2027-W01");
        var headers = page.QuerySelectorAll("#ugeplan thead th").Skip(1).Select(h => h.TextContent).ToList();
        headers[0].ShouldContain("28-12");
        headers[6].ShouldContain("03-01");
    }

    [Fact]
    public async Task TheCalendarFeedNamesNoCitizenAndARevokedOrRenewedAddressIsNotFound()
    {
        var team = await TeamAsync();
        var oleId = await UserIdAsync(Ole);
        var kim = await app.CitizenIdAsync("Kim Dahl");
        using var ole = await SignedInAsync(Ole);
        await ole.PostFormForRedirectAsync($"/act/teams/{team}/besoeg", [F("Visit.CitizenId", kim.ToString()), F("Visit.WorkerId", oleId),
            F("Visit.Date", Today.AddDays(1).ToString("yyyy-MM-dd")), F("Visit.StartsAt", "08:45"), F("Visit.Place", "DropInCentre")], "/besoeg");

        (await ole.GetPageAsync("/min-konto")).GetElementById("kalender-status")!.TextContent.ShouldContain("Ikke slået til");
        using (var made = await ole.PostFormAsync("/min-konto", [], "/min-konto/kalender/ny")) made.Headers.Location!.OriginalString.ShouldBe("/min-konto#kalender");
        var account = await ole.GetPageAsync("/min-konto");
        var address = (account.GetElementById("kalender-adresse") as AngleSharp.Html.Dom.IHtmlInputElement)!.Value;
        address.ShouldStartWith("http");
        var path = new Uri(address).AbsolutePath;
        path.ShouldStartWith("/kalender/");
        (await ole.GetPageAsync("/min-konto")).GetElementById("kalender-adresse").ShouldBeNull(); // shown once
        var token = path["/kalender/".Length..^".ics".Length];
        (await app.QueryAsync(db => db.CalendarFeeds.SingleAsync(f => f.UserId == oleId))).TokenHash.ShouldBe(CalendarFeedService.Hash(token)); // only the hash is kept

        // The phone has no session: the token is the key.
        using var phone = TestClient.For(app);
        using (var feed = await phone.GetAsync(path))
        {
            feed.StatusCode.ShouldBe(HttpStatusCode.OK);
            feed.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
            var ics = await feed.Content.ReadAsStringAsync();
            ics.ShouldStartWith("BEGIN:VCALENDAR");
            ics.ShouldContain("SUMMARY:Besøg K.D. (Værested)");
            var names = await app.QueryAsync(db => db.Citizens.Select(c => c.Name).ToListAsync());
            foreach (var part in names.SelectMany(n => n.Split(' ')).Where(p => p.Length > 2).Distinct()) ics.ShouldNotContain(part);
            ics.ShouldNotContain("Herberget");
        }
        (await app.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.Downloaded && a.EntityType == AuditNames.CalendarFeed && a.EntityKey == oleId))).ShouldBeGreaterThan(0);
        (await phone.GetAsync("/kalender/forkert-adresse.ics")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await phone.GetAsync("/act/teams/" + team + "/besoeg")).StatusCode.ShouldBe(HttpStatusCode.Redirect); // the token opens nothing else

        // A new address: the old one is gone.
        using (var renewed = await ole.PostFormAsync("/min-konto", [], "/min-konto/kalender/ny")) renewed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var second = new Uri((((await ole.GetPageAsync("/min-konto")).GetElementById("kalender-adresse")) as AngleSharp.Html.Dom.IHtmlInputElement)!.Value).AbsolutePath;
        (await phone.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await phone.GetAsync(second)).StatusCode.ShouldBe(HttpStatusCode.OK);
        // Revoked: 404.
        using (var revoked = await ole.PostFormAsync("/min-konto", [], "/min-konto/kalender/slet")) revoked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await phone.GetAsync(second)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ole.GetPageAsync("/min-konto")).GetElementById("kalender-status")!.TextContent.ShouldContain("Ikke slået til");
    }
}

public sealed class VisitWeekTestsOnSqlite(SqliteAppFactory app) : VisitWeekTests<SqliteAppFactory>(app);
public sealed class VisitWeekTestsOnPostgres(PostgresAppFactory app) : VisitWeekTests<PostgresAppFactory>(app);
