using System.Net;
using AngleSharp.Html.Dom;
using Caseload.Application.Common.Time;
using Caseload.Domain.CourseEvents;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Web.Tests.Act;

/// <summary>The ACT team meeting as the team uses it (ADR 0032): the leader plans it, the agenda comes from the data, a review
/// with a task lands on the owner's start page and writes a course event, closing it writes "meeting held", the minutes
/// print with masked CPR; another team's meeting is 404, a worker cannot plan, bad input is refused in Danish.</summary>
public abstract class TeamMeetingTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseloadAppFactory, new()
{
    private const string Leader = "teamleder.act@caseload.local";
    private const string Worker = "medarbejder1.act@caseload.local";

    private DateOnly Today => app.Services.GetRequiredService<IDanishClock>().Today;

    private Task<Guid> TeamAsync() => app.QueryAsync(db => db.Teams.Where(t => t.Name == "ACT-team Solbjerg").Select(t => t.Id).SingleAsync());

    private Task<string> UserIdAsync(string email) => app.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private Task<int> MeetingCountAsync() => app.QueryAsync(db => db.TeamMeetings.CountAsync());

    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    /// <summary>The leader plans a meeting for today and opens it.</summary>
    private async Task<(TestClient Leader, string Url)> PlannedMeetingAsync(string place)
    {
        var leader = TestClient.For(app);
        await leader.SignInAsync(Leader);
        using var mine = await leader.GetAsync("/act/teammoede");
        mine.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var overview = mine.Headers.Location!.OriginalString;
        var url = await leader.PostFormForRedirectAsync(overview,
            [F("Plan.Date", Today.ToString("yyyy-MM-dd")), F("Plan.StartsAt", "14:00"), F("Plan.Place", place)], "/ny");
        return (leader, url);
    }

    [Fact]
    public async Task TheTeamReviewsACitizenWithATaskOnTheOwnersStartPageAndClosingWritesTheMeetingHeld()
    {
        var (leader, url) = await PlannedMeetingAsync("Testlokalet");
        using var _ = leader;
        var page = await leader.GetPageAsync(url);
        page.QuerySelector("#moede-fakta")!.TextContent.ShouldContain("Testlokalet");
        var kim = await app.CitizenIdAsync("Kim Dahl");
        var card = page.GetElementById($"borger-{kim}")!; // in intensified support in the demo: always on the agenda
        card.QuerySelector(".aarsager")!.TextContent.ShouldContain("Skærpet indsats");
        page.QuerySelectorAll(".dagsorden-borger")[0].QuerySelector("h2")!.TextContent.ShouldContain("Kim Dahl"); // flagged first

        var mette = await UserIdAsync(Worker);
        var meetingId = Guid.Parse(url.Split('/')[^1]);
        using (var reviewed = await leader.PostFormAsync(url,
            [F("Input.Note", "Gennemgået i test: sover bedre."), F("Input.Decisions", "Fortsæt tre besøg om ugen."), F("Input.CitizenTookPart", "true"),
             F("Input.CitizenTookPart", "false"), F("Input.Tasks[0].Description", "Ring til lægen (test)"), F("Input.Tasks[0].OwnerId", mette),
             F("Input.Tasks[0].DueOn", Today.AddDays(3).ToString("yyyy-MM-dd"))], $"/borgere/{kim}"))
        {
            reviewed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }
        var after = await leader.GetPageAsync(url);
        after.GetElementById($"borger-{kim}")!.QuerySelector(".gennemgaaet").ShouldNotBeNull();
        after.GetElementById($"borger-{kim}")!.QuerySelector(".opgaver")!.TextContent.ShouldContain("Ring til lægen (test)");

        var review = await app.QueryAsync(db => db.CourseEvents.Where(e => e.Type == CourseEventTypes.ActCitizenReviewed && e.SubjectId == meetingId).ToListAsync());
        review.Count.ShouldBe(1);
        review[0].CitizenId.ShouldBe(kim);
        review[0].Flag.ShouldBe(true);
        review[0].ActualOn.ShouldBe(Today);
        (await app.QueryAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == "TeamMeetingItem" && a.CitizenId == kim))).ShouldBeGreaterThan(0);

        // The task is on Mette's start page, not on Ole's.
        using var worker = TestClient.For(app);
        await worker.SignInAsync(Worker);
        var start = await worker.GetPageAsync("/");
        var task = start.QuerySelectorAll("#mine-opgaver-sektion .opgave").Single(t => t.TextContent.Contains("Ring til lægen (test)", StringComparison.Ordinal));
        task.TextContent.ShouldContain("Kim Dahl");
        using var ole = TestClient.For(app);
        await ole.SignInAsync("medarbejder2.act@caseload.local");
        (await ole.GetPageAsync("/")).QuerySelectorAll("#mine-opgaver-sektion .opgave").ShouldNotContain(t => t.TextContent.Contains("Ring til lægen (test)", StringComparison.Ordinal));
        var done = task.QuerySelector("form")!.GetAttribute("action")!;
        using (var marked = await worker.PostFormAsync("/", [F("returnUrl", "/")], done)) marked.Headers.Location!.OriginalString.ShouldBe("/");
        (await worker.GetPageAsync("/")).QuerySelectorAll("#mine-opgaver-sektion .opgave").ShouldNotContain(t => t.TextContent.Contains("Ring til lægen (test)", StringComparison.Ordinal));

        // "Afslut møde": who was present; the meeting held becomes an event for the citizen reviewed.
        using (var closed = await leader.PostFormAsync(url, [F("Close.Present", mette)], "/afslut")) closed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var held = await app.QueryAsync(db => db.CourseEvents.Where(e => e.Type == CourseEventTypes.MeetingHeld && e.SubjectId == meetingId).ToListAsync());
        held.Select(e => e.CitizenId).ShouldBe([kim]);
        held[0].Code.ShouldBe("act-team");
        var minutes = await leader.GetPageAsync(url);
        minutes.QuerySelector("#tilstede")!.TextContent.ShouldContain("Mette Andersen");
        minutes.QuerySelectorAll("form.gennemgang").ShouldBeEmpty();

        var print = (await leader.GetPageAsync($"{url}/referat")).Body!.TextContent;
        print.ShouldContain("Gennemgået i test: sover bedre.");
        print.ShouldContain("Ring til lægen (test)");
        print.ShouldContain("170992-xxxx");
        print.ShouldNotContain("170992-1357");
    }

    [Fact]
    public async Task AWho5FallOfTenPointsInTheEventLogPutsTheCitizenOnTheAgenda()
    {
        var team = await TeamAsync();
        var jytte = await app.CitizenIdAsync("Jytte Poulsen");
        var meeting = await app.QueryAsync(db => db.TeamMeetings.Where(m => m.TeamId == team && m.ClosedAt == null && m.Date == Today).Select(m => m.Id).FirstAsync());
        // Two WHO-5 measurements on the citizen's ACT course, as the log keeps them (ADR 0024): 64 a month ago, 52 now.
        await app.QueryAsync(async db =>
        {
            var course = await db.Courses.FirstAsync(c => c.CitizenId == jytte && c.TeamId == team);
            foreach (var (daysAgo, score) in new[] { (30, 64), (1, 52) })
            {
                var on = Today.AddDays(-daysAgo);
                db.CourseEvents.Add(new CourseEvent(CourseEventTypes.MeasurementTaken, course.Id, jytte, team, course.Method, DanishTime.StartOfDayUtc(on).AddHours(12), on,
                    DateTime.UtcNow, null, new CourseEventPayload(SubjectId: Guid.NewGuid(), Code: "who5:start", Number: score, ActualOn: on)));
            }
            return await db.SaveChangesAsync();
        });
        using var leader = TestClient.For(app);
        await leader.SignInAsync(Leader);
        var card = (await leader.GetPageAsync($"/act/teams/{team}/teammoeder/{meeting}")).GetElementById($"borger-{jytte}");
        card.ShouldNotBeNull();
        card.QuerySelector(".aarsager")!.TextContent.ShouldContain("WHO-5 faldet mindst 10 point");
    }

    [Fact]
    public async Task AnotherTeamsMeetingIsNotFoundAndAWorkerCannotPlanOrClose()
    {
        var team = await TeamAsync();
        var meeting = await app.QueryAsync(db => db.TeamMeetings.Where(m => m.TeamId == team && m.ClosedAt == null).Select(m => m.Id).FirstAsync());
        using var cti = TestClient.For(app);
        await cti.SignInAsync("teamleder.cti@caseload.local");
        (await cti.GetAsync($"/act/teams/{team}/teammoeder/{meeting}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await cti.GetAsync($"/act/teams/{team}/teammoeder/{meeting}/referat")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await cti.GetAsync($"/act/teams/{team}/teammoeder")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // A CTI leader has no ACT team: the menu's address says so plainly.
        (await cti.GetPageAsync("/act/teammoede")).QuerySelector("main")!.TextContent.ShouldContain("ikke medlem af et ACT-team");

        using var worker = TestClient.For(app);
        await worker.SignInAsync(Worker);
        var page = await worker.GetPageAsync($"/act/teams/{team}/teammoeder/{meeting}");
        page.GetElementById("afslut-form").ShouldBeNull();
        page.QuerySelectorAll("form.gennemgang").ShouldNotBeEmpty(); // the members record the reviews
        (await worker.GetPageAsync($"/act/teams/{team}/teammoeder")).GetElementById("planlaeg-form").ShouldBeNull();
        var before = await MeetingCountAsync();
        using (var plan = await worker.PostWithTokenAsync($"/act/teams/{team}/teammoeder/ny",
            [F("Plan.Date", Today.ToString("yyyy-MM-dd")), F("Plan.StartsAt", "10:00")])) plan.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using (var close = await worker.PostWithTokenAsync($"/act/teams/{team}/teammoeder/{meeting}/afslut", [F("Close.Present", await UserIdAsync(Worker))]))
            close.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await MeetingCountAsync()).ShouldBe(before);
        (await app.QueryAsync(db => db.TeamMeetings.Where(m => m.Id == meeting).Select(m => m.ClosedAt).SingleAsync())).ShouldBeNull();
    }

    [Fact]
    public async Task BadInputIsRefusedInDanishWithWhatWasTypedAndNothingIsSaved()
    {
        var (leader, url) = await PlannedMeetingAsync("Fejllokalet");
        using var _ = leader;
        var overview = url[..url.LastIndexOf('/')];
        var before = await MeetingCountAsync();
        using (var noDate = await leader.PostFormAsync(overview, [F("Plan.Date", ""), F("Plan.StartsAt", "10:00"), F("Plan.Place", "Et sted")], "/ny"))
        {
            noDate.StatusCode.ShouldBe(HttpStatusCode.OK);
            var page = await TestClient.ParseAsync(noDate);
            page.QuerySelector("#fejl-oversigt")!.TextContent.ShouldContain("Angiv mødets dato.");
            ((IHtmlInputElement)page.GetElementById("Plan_Place")!).Value.ShouldBe("Et sted");
        }
        using (var longPlace = await leader.PostFormAsync(overview, [F("Plan.Date", Today.ToString("yyyy-MM-dd")), F("Plan.StartsAt", "10:00"), F("Plan.Place", new string('x', 151))], "/ny"))
            (await TestClient.ParseAsync(longPlace)).QuerySelector("#fejl-oversigt")!.TextContent.ShouldContain("Stedet må højst være 150 tegn.");
        using (var past = await leader.PostFormAsync(overview, [F("Plan.Date", Today.AddDays(-1).ToString("yyyy-MM-dd")), F("Plan.StartsAt", "10:00")], "/ny"))
            (await TestClient.ParseAsync(past)).QuerySelector("#fejl-oversigt")!.TextContent.ShouldContain("Mødet kan ikke planlægges på en dato, der er gået.");
        (await MeetingCountAsync()).ShouldBe(before);

        var kim = await app.CitizenIdAsync("Kim Dahl");
        using (var noOwner = await leader.PostFormAsync(url, [F("Input.Note", "Skrevet før fejlen"), F("Input.Tasks[0].Description", "Uden ansvarlig")], $"/borgere/{kim}"))
        {
            noOwner.StatusCode.ShouldBe(HttpStatusCode.OK);
            var page = await TestClient.ParseAsync(noOwner);
            page.QuerySelector("#fejl-oversigt")!.TextContent.ShouldContain("Vælg hvem der har opgaven: en medarbejder, borgeren eller en samarbejdspartner.");
            page.QuerySelector("#fejl-oversigt")!.TextContent.ShouldContain("Angiv en frist for opgaven.");
            ((IHtmlTextAreaElement)page.GetElementById($"note-{kim}")!).Value.ShouldBe("Skrevet før fejlen");
        }
        var meetingId = Guid.Parse(url.Split('/')[^1]);
        (await app.QueryAsync(db => db.TeamMeetingItems.CountAsync(i => i.MeetingId == meetingId && i.ReviewedAt != null))).ShouldBe(0);

        using (var nobody = await leader.PostFormAsync(url, [], "/afslut"))
            (await TestClient.ParseAsync(nobody)).QuerySelector("#fejl-oversigt")!.TextContent.ShouldContain("Markér hvilke medarbejdere der var til stede.");
        (await app.QueryAsync(db => db.TeamMeetings.Where(m => m.Id == meetingId).Select(m => m.ClosedAt).SingleAsync())).ShouldBeNull();
    }

    /// <summary>Issue #30 item 1: a task's owner may be a worker, the citizen or a partner. The citizen's and the partner's land on
    /// the citizen's primary worker's start page, marked with who has them; a partner needs a name; the minutes name the owner.</summary>
    [Fact]
    public async Task TasksOwnedByTheCitizenOrAPartnerShowOnThePrimaryWorkersStartPageMarkedWithTheOwner()
    {
        var (leader, url) = await PlannedMeetingAsync("Ejerlokalet");
        using var _ = leader;
        var kim = await app.CitizenIdAsync("Kim Dahl");
        var primary = await app.QueryAsync(db => db.Courses.Where(c => c.CitizenId == kim && c.Status == Domain.Courses.CourseStatus.Active && c.Method == Domain.Teams.Method.Act)
            .Join(db.Users, c => c.PrimaryWorkerId, u => u.Id, (c, u) => new { u.Id, u.Email, u.FullName }).SingleAsync());
        var due = Today.AddDays(5).ToString("yyyy-MM-dd");

        // A partner without a name is refused in Danish, and nothing is saved.
        using (var noName = await leader.PostFormAsync(url, [F("Input.Note", "Ejere"), F("Input.Tasks[0].Description", "Partneropgave uden navn (ejertest)"),
                   F("Input.Tasks[0].OwnerId", "partner"), F("Input.Tasks[0].DueOn", due)], $"/borgere/{kim}"))
        {
            noName.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await TestClient.ParseAsync(noName)).QuerySelector("#fejl-oversigt")!.TextContent.ShouldContain("Skriv hvilken samarbejdspartner der har opgaven.");
        }
        (await app.QueryAsync(db => db.TeamMeetingTasks.CountAsync(t => t.Description == "Partneropgave uden navn (ejertest)"))).ShouldBe(0);

        using (var reviewed = await leader.PostFormAsync(url,
            [F("Input.Note", "Ejere"), F("Input.Tasks[0].Description", "Borgeren ringer til boligforeningen (ejertest)"), F("Input.Tasks[0].OwnerId", "borger"),
             F("Input.Tasks[0].DueOn", due), F("Input.Tasks[1].Description", "Jobcentret indkalder til samtale (ejertest)"), F("Input.Tasks[1].OwnerId", "partner"),
             F("Input.Tasks[1].OwnerName", "Jobcenter Solbjerg"), F("Input.Tasks[1].DueOn", due)], $"/borgere/{kim}"))
            reviewed.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var tasks = await app.QueryAsync(db => db.TeamMeetingTasks.AsNoTracking().Where(t => t.CitizenId == kim && t.Description.EndsWith("(ejertest)")).ToListAsync());
        tasks.Count.ShouldBe(2);
        tasks.ShouldAllBe(t => t.OwnerId == primary.Id);
        tasks.Single(t => t.OwnerKind == Domain.ActionPlans.TaskOwnerKind.Partner).OwnerName.ShouldBe("Jobcenter Solbjerg");
        tasks.Single(t => t.OwnerKind == Domain.ActionPlans.TaskOwnerKind.Citizen).OwnerName.ShouldBeNull();

        var list = (await leader.GetPageAsync(url)).GetElementById($"borger-{kim}")!.QuerySelector(".opgaver")!.TextContent;
        list.ShouldContain($"Borgeren ringer til boligforeningen (ejertest) — Borgeren (opfølgning: {primary.FullName})");
        list.ShouldContain($"Jobcentret indkalder til samtale (ejertest) — Jobcenter Solbjerg, samarbejdspartner (opfølgning: {primary.FullName})");

        using var worker = TestClient.For(app);
        await worker.SignInAsync(primary.Email!);
        var mine = (await worker.GetPageAsync("/")).QuerySelectorAll("#mine-opgaver-sektion .opgave").Select(t => t.TextContent).ToList();
        mine.ShouldContain(t => t.Contains("Borgeren ringer til boligforeningen (ejertest) (teammøde – borgerens opgave, du følger op)", StringComparison.Ordinal));
        mine.ShouldContain(t => t.Contains("Jobcentret indkalder til samtale (ejertest) (teammøde – opgave for Jobcenter Solbjerg, du følger op)", StringComparison.Ordinal));
        (await leader.GetPageAsync($"{url}/referat")).Body!.TextContent.ShouldContain("Jobcenter Solbjerg, samarbejdspartner");
    }

    [Fact]
    public async Task IntensifiedSupportShowsOnTheCitizenAndTheBoardCountsContactsAndWritesEvents()
    {
        using var leader = TestClient.For(app);
        await leader.SignInAsync(Leader);
        var kim = await app.CitizenIdAsync("Kim Dahl");
        var section = (await leader.GetPageAsync($"/borgere/{kim}")).GetElementById("skaerpet-periode")!;
        section.TextContent.ShouldContain("Akut psykisk krise");
        section.QuerySelector("#skaerpet-kontakter")!.TextContent.ShouldContain("planlagte kontakter opnået indtil nu");
        (await leader.GetPageAsync("/tavle")).QuerySelectorAll(".worker-figures").ShouldContain(p => p.TextContent.Contains("Kim Dahl", StringComparison.Ordinal));

        var lise = await app.CitizenIdAsync("Lise Mortensen");
        var fields = new List<KeyValuePair<string, string>>
        {
            F("Intensified.Reason", "Relapse"), F("Intensified.StartOn", Today.ToString("yyyy-MM-dd")),
            F("Intensified.EndOn", Today.AddDays(-1).ToString("yyyy-MM-dd")), F("Intensified.ContactsPerWeek", "4"),
        };
        using (var refused = await leader.PostFormAsync($"/borgere/{lise}", fields, "/skaerpet-indsats")) refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await leader.GetPageAsync($"/borgere/{lise}")).GetElementById("skaerpet-fejl")!.TextContent.ShouldContain("Slutdatoen kan ikke ligge før startdatoen.");
        (await app.QueryAsync(db => db.IntensifiedSupports.CountAsync(p => p.CitizenId == lise))).ShouldBe(0);

        fields[2] = F("Intensified.EndOn", Today.AddDays(14).ToString("yyyy-MM-dd"));
        using (var started = await leader.PostFormAsync($"/borgere/{lise}", fields, "/skaerpet-indsats")) started.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await leader.GetPageAsync($"/borgere/{lise}");
        page.GetElementById("skaerpet-periode")!.TextContent.ShouldContain("Tilbagefald eller øget misbrug");
        var e = await app.QueryAsync(db => db.CourseEvents.SingleAsync(x => x.Type == CourseEventTypes.ActIntensifiedStarted && x.CitizenId == lise));
        (e.Code, e.Number, e.PlannedOn, e.ActualOn).ShouldBe(("relapse", 4, Today.AddDays(14), Today));
        e.CourseId.ShouldNotBeNull();

        var stop = page.GetElementById("skaerpet-periode")!.QuerySelector("form")!.GetAttribute("action")!;
        using (var stopped = await leader.PostFormAsync($"/borgere/{lise}", [], stop)) stopped.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.QueryAsync(db => db.CourseEvents.SingleAsync(x => x.Type == CourseEventTypes.ActIntensifiedStopped && x.CitizenId == lise))).ActualOn.ShouldBe(Today);
        (await leader.GetPageAsync($"/borgere/{lise}")).GetElementById("skaerpet-periode").ShouldBeNull();
    }
}

public sealed class TeamMeetingTestsOnSqlite(SqliteAppFactory app) : TeamMeetingTests<SqliteAppFactory>(app);
public sealed class TeamMeetingTestsOnPostgres(PostgresAppFactory app) : TeamMeetingTests<PostgresAppFactory>(app);
