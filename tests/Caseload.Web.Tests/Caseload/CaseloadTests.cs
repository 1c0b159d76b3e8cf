using System.Net;
using Caseload.Domain.Auditing;
using Caseload.Domain.Courses;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Web.Tests.Caseload;

/// <summary>Citizens, courses, the contact log and the caseload board, on a real database.</summary>
public abstract class CaseloadTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseloadAppFactory, new()
{
    private async Task<string> TeamIdAsync(string name) => (await app.QueryAsync(db => db.Teams.Where(t => t.Name == name).Select(t => t.Id).SingleAsync())).ToString();
    private Task<string> UserIdAsync(string email) => app.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    [Fact]
    public async Task CreatingACitizenWithBadInputKeepsTheFormAndExplainsInDanish()
    {
        using var client = TestClient.For(app);
        await client.SignInAsync("medarbejder1.cti@caseload.local");
        var team = await TeamIdAsync("CTI-team Solbjerg");
        using var response = await client.PostFormAsync("/borgere/ny", [
            new("Input.TeamId", team), new("Input.Name", "Sofie Testesen"), new("Input.Cpr", "310285-1234"),
            new("Input.Email", "ikke-en-mail"), new("Input.InterpreterNeeded", "true"), new("Input.Address", "Åvej 1"),
            new("Input.Whereabouts", "Shelter")], "/borgere/ny");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await TestClient.ParseAsync(response);
        var errors = page.QuerySelector("#fejl-oversigt")!.TextContent;
        errors.ShouldContain("Datoen 31-02-1985 i CPR-nummeret findes ikke.");
        errors.ShouldContain("E-mailadressen er ikke gyldig.");
        errors.ShouldContain("Angiv sproget, når der er brug for tolk.");
        page.QuerySelector("#Input_Name")!.GetAttribute("value").ShouldBe("Sofie Testesen");
        page.QuerySelector("#Input_Cpr")!.GetAttribute("value").ShouldBe("310285-1234");
        page.QuerySelector("#Input_Address")!.GetAttribute("value").ShouldBe("Åvej 1");
        (await app.QueryAsync(db => db.Citizens.CountAsync(c => c.Name == "Sofie Testesen"))).ShouldBe(0);
    }

    [Fact]
    public async Task ACitizenIsCreatedInOwnTeamOnlyAndTheCprIsUnique()
    {
        using var client = TestClient.For(app);
        await client.SignInAsync("medarbejder1.cti@caseload.local");
        var cti = await TeamIdAsync("CTI-team Solbjerg");
        var act = await TeamIdAsync("ACT-team Solbjerg");

        using (var otherTeam = await client.PostFormAsync("/borgere/ny", [new("Input.TeamId", act), new("Input.Name", "Ukendt"), new("Input.Cpr", "0101901111")], "/borgere/ny"))
            (await otherTeam.Content.ReadAsStringAsync()).ShouldContain("Du kan kun oprette borgere i dine egne teams.");

        using var created = await client.PostFormAsync("/borgere/ny", [new("Input.TeamId", cti), new("Input.Name", "Oliver Nyborg"),
            new("Input.Cpr", "0101901111"), new("Input.Whereabouts", "Prison")], "/borgere/ny");
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await client.GetPageAsync(created.Headers.Location!.OriginalString);
        page.QuerySelector("h1")!.TextContent.ShouldBe("Oliver Nyborg");
        page.QuerySelector("#cpr")!.TextContent.ShouldBe("010190-xxxx");
        (await app.QueryAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == "Citizen" && a.Action == AuditAction.Created && a.UserName == "medarbejder1.cti@caseload.local")))
            .ShouldBe(1);

        using var duplicate = await client.PostFormAsync("/borgere/ny", [new("Input.TeamId", cti), new("Input.Name", "Dobbelt"),
            new("Input.Cpr", "010190-1111")], "/borgere/ny");
        (await duplicate.Content.ReadAsStringAsync()).ShouldContain("Der er allerede en borger med dette CPR-nummer i kommunen.");
    }

    [Fact]
    public async Task TwoPeopleEditingTheSameCitizenDoNotOverwriteEachOtherSilently()
    {
        var id = await app.CitizenIdAsync("Camilla Lund");
        using var first = TestClient.For(app);
        using var second = TestClient.For(app);
        await first.SignInAsync("medarbejder1.cti@caseload.local");
        await second.SignInAsync("teamleder.cti@caseload.local");
        var formOfSecond = await second.GetPageAsync($"/borgere/{id}/rediger");
        var version = formOfSecond.QuerySelector("#Input_Version")!.GetAttribute("value")!;
        var team = formOfSecond.QuerySelector("#Input_TeamId option[selected]")!.GetAttribute("value")!;

        using (var saved = await first.PostFormAsync($"/borgere/{id}/rediger", [new("Input.TeamId", team), new("Input.Name", "Camilla Lund"),
                   new("Input.Phone", "11 11 11 11"), new("Input.Version", version)], $"/borgere/{id}/rediger"))
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var stale = await second.PostFormAsync($"/borgere/{id}/rediger", [new("Input.TeamId", team), new("Input.Name", "Camilla Lund"),
            new("Input.Phone", "22 22 22 22"), new("Input.Version", version)], $"/borgere/{id}/rediger");
        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await TestClient.ParseAsync(stale);
        page.QuerySelector("#fejl-oversigt")!.TextContent.ShouldContain("ændret af en anden");
        page.QuerySelector("#Input_Phone")!.GetAttribute("value").ShouldBe("22 22 22 22"); // nothing typed is lost
        (await app.QueryAsync(db => db.Citizens.Where(c => c.Id == id).Select(c => c.Phone).SingleAsync())).ShouldBe("11 11 11 11");
    }

    [Fact]
    public async Task ASecretAddressIsShownOnlyToTheCitizensAssignedWorkers()
    {
        var id = await app.CitizenIdAsync("Maria Jensen"); // at a women's crisis centre, primary worker medarbejder1.cti
        using var assigned = TestClient.For(app);
        await assigned.SignInAsync("medarbejder1.cti@caseload.local");
        (await assigned.GetPageAsync($"/borgere/{id}")).Body!.TextContent.ShouldContain("Kvindehuset");

        using var colleague = TestClient.For(app);
        await colleague.SignInAsync("medarbejder2.cti@caseload.local");
        var page = await colleague.GetPageAsync($"/borgere/{id}");
        page.Body!.TextContent.ShouldNotContain("Kvindehuset");
        page.Body.TextContent.ShouldContain("Hemmelig adresse – vises kun for borgerens tilknyttede medarbejdere.");

        // Nor through the edit form; and saving that form keeps the address.
        var form = await colleague.GetPageAsync($"/borgere/{id}/rediger");
        form.Body!.InnerHtml.ShouldNotContain("Kvindehuset");
        using var saved = await colleague.PostFormAsync($"/borgere/{id}/rediger", [
            new("Input.TeamId", form.QuerySelector("#Input_TeamId option[selected]")!.GetAttribute("value")!),
            new("Input.Name", "Maria Jensen"), new("Input.Phone", "33 33 33 33"),
            new("Input.Whereabouts", "WomensCrisisCentre"),
            new("Input.Version", form.QuerySelector("#Input_Version")!.GetAttribute("value")!)], $"/borgere/{id}/rediger");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stored = await app.QueryAsync(db => db.Citizens.Where(c => c.Id == id).Select(c => new { c.Address, c.SecretAddress, c.Phone }).SingleAsync());
        stored.Address.ShouldBe("Kvindehuset, 8000 Solbjerg");
        stored.SecretAddress.ShouldBeTrue();
        stored.Phone.ShouldBe("33 33 33 33");
    }

    [Fact]
    public async Task AManagerSeesCitizenDetailOnlyWhereAlsoATeamMember()
    {
        var act = await app.CitizenIdAsync("Bent Kristensen");
        using var manager = TestClient.For(app);
        await manager.SignInAsync("leder@caseload.local");
        (await manager.GetAsync($"/borgere/{act}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await manager.GetPageAsync("/ledelse")).QuerySelectorAll("tbody tr").Length.ShouldBe(3); // aggregate figures for all teams
    }

    [Fact]
    public async Task TheContactLogIsPagedNewestFirstAndScoped()
    {
        var id = await app.CitizenIdAsync("Thomas Vinther");
        using var client = TestClient.For(app);
        await client.SignInAsync("medarbejder1.cti@caseload.local");
        for (var i = 1; i <= 12; i++)
        {
            using var added = await client.PostFormAsync($"/borgere/{id}", [new("Contact.OccurredAt", $"2026-{(i % 9) + 1:00}-0{(i % 9) + 1}T10:{i:00}"),
                new("Contact.Channel", "HomeVisit"), new("Contact.Achieved", "true"), new("Contact.Note", $"Besøg nummer {i}")], $"/borgere/{id}/kontakter");
            added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }
        var first = await client.GetPageAsync($"/borgere/{id}");
        var entries = first.QuerySelectorAll("ol[aria-label^='Kontakter'] > li").Select(li => li.TextContent).ToList();
        entries.Count.ShouldBe(10);
        entries.Count(e => e.Contains("Besøg nummer", StringComparison.Ordinal)).ShouldBeLessThan(10); // the seeded recent contacts come first
        var second = await client.GetPageAsync($"/borgere/{id}?page=2");
        second.QuerySelectorAll("ol[aria-label^='Kontakter'] > li").Length.ShouldBeGreaterThan(0);

        using var future = await client.PostFormAsync($"/borgere/{id}", [new("Contact.OccurredAt", "2099-01-01T10:00"),
            new("Contact.Channel", "Phone"), new("Contact.Achieved", "false")], $"/borgere/{id}/kontakter");
        (await future.Content.ReadAsStringAsync()).ShouldContain("kan ikke ligge i fremtiden");

        using var outsider = TestClient.For(app);
        await outsider.SignInAsync("medarbejder1.fs@caseload.local");
        // The FS worker has no page for a CTI citizen; posting straight to the action must give 404.
        var token = await AntiforgeryTokenAsync(outsider);
        using var direct = await outsider.Http.PostAsync(new Uri($"/borgere/{id}/kontakter", UriKind.Relative),
            new FormUrlEncodedContent([new("Contact.OccurredAt", "2026-01-01T10:00"), new("Contact.Channel", "Phone"), new("Contact.Achieved", "true"), new("__RequestVerificationToken", token)]));
        direct.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheBoardShowsEachWorkersLoadAgainstTheLimitAndFlagsMissingContact()
    {
        using var client = TestClient.For(app);
        await client.SignInAsync("teamleder.cti@caseload.local");
        var board = await client.GetPageAsync("/tavle");
        string StateOf(string name) => board.QuerySelectorAll("section").Single(s => s.QuerySelector("h2")?.TextContent == name)
            .QuerySelector(".caseload-state")!.GetAttribute("data-state")!;
        StateOf("Nadia Karimi").ShouldBe("AtLimit");   // 0,5 årsværk, 5 borgere = 10 pr. årsværk
        StateOf("Jonas Berg").ShouldBe("Under");       // 1,0 årsværk, 7 borgere
        board.Body!.TextContent.ShouldContain("10,0 pr. årsværk");
        board.QuerySelectorAll(".badge").Any(b => b.TextContent.Contains("over 30", StringComparison.Ordinal) || b.TextContent.Contains("Aldrig", StringComparison.Ordinal))
            .ShouldBeTrue();
        board.Body.TextContent.ShouldNotContain("Bent Kristensen"); // an ACT citizen: other team

        var filtered = await client.GetPageAsync($"/tavle?worker={await UserIdAsync("medarbejder2.cti@caseload.local")}");
        filtered.QuerySelectorAll("section h2").Select(h => h.TextContent).ShouldBe(["Nadia Karimi"]);
        filtered.QuerySelectorAll("#worker option").Select(o => o.TextContent).ShouldBe(["Alle", "Jonas Berg", "Nadia Karimi"]); // switch directly

        using var act = TestClient.For(app);
        await act.SignInAsync("teamleder.act@caseload.local");
        (await act.GetAsync($"/tavle?teamId={await TeamIdAsync("CTI-team Solbjerg")}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task BulkReassignShowsAPreviewAndMovesAllActiveCoursesWithHistory()
    {
        var team = await TeamIdAsync("Fremskudt sagsbehandling Solbjerg");
        var from = await UserIdAsync("medarbejder1.fs@caseload.local");
        var to = await UserIdAsync("medarbejder2.fs@caseload.local");
        using var client = TestClient.For(app);
        await client.SignInAsync("teamleder.fs@caseload.local");

        var preview = await client.GetPageAsync($"/tavle/{team}/flyt-alle?from={from}");
        var names = preview.QuerySelectorAll("#preview tbody tr").Select(tr => tr.TextContent).ToList();
        names.Count.ShouldBe(5);

        using (var noReason = await client.PostFormAsync($"/tavle/{team}/flyt-alle?from={from}", [new("toWorkerId", to)], "/flyt-alle"))
            (await noReason.Content.ReadAsStringAsync()).ShouldContain("Angiv en begrundelse for skiftet.");

        using var moved = await client.PostFormAsync($"/tavle/{team}/flyt-alle?from={from}",
            [new("toWorkerId", to), new("reason", "Peter stopper")], "/flyt-alle");
        moved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var courses = await app.QueryAsync(db => db.Courses.Include(c => c.Assignments).Where(c => c.TeamId == Guid.Parse(team) && c.Status == CourseStatus.Active).ToListAsync());
        courses.ShouldAllBe(c => c.PrimaryWorkerId == to);
        courses.Count(c => c.Assignments.Any(a => a.FromWorkerId == from && a.Reason == "Peter stopper")).ShouldBe(5);
        courses.Count(c => !c.SeenByPrimaryWorker).ShouldBe(5);

        using var worker = TestClient.For(app);
        await worker.SignInAsync("medarbejder2.fs@caseload.local");
        var mine = await worker.GetPageAsync("/mine-borgere");
        mine.QuerySelectorAll("#mine-borgere tbody tr.row-new").Length.ShouldBe(5); // the row's "Ny" badge

        // The leader opening a citizen does not mark it seen; the new primary worker opening it does, once.
        var reassigned = courses.First(c => !c.SeenByPrimaryWorker).CitizenId; // not the worker's own, already seen course
        (await client.GetAsync($"/borgere/{reassigned}")).EnsureSuccessStatusCode();
        (await app.QueryAsync(db => db.Courses.CountAsync(c => c.TeamId == Guid.Parse(team) && c.Status == CourseStatus.Active && !c.SeenByPrimaryWorker))).ShouldBe(5);
        (await worker.GetAsync($"/borgere/{reassigned}")).EnsureSuccessStatusCode();
        (await worker.GetAsync($"/borgere/{reassigned}")).EnsureSuccessStatusCode();
        mine = await worker.GetPageAsync("/mine-borgere");
        mine.QuerySelectorAll("#mine-borgere tbody tr.row-new").Length.ShouldBe(4);
    }

    [Fact]
    public async Task OnlyTheTeamsLeaderReassignsAndAReasonIsRequired()
    {
        var citizen = await app.CitizenIdAsync("Inge Madsen");
        var course = await app.QueryAsync(db => db.Courses.Where(c => c.CitizenId == citizen).Select(c => c.Id).SingleAsync());
        using var otherLeader = TestClient.For(app);
        await otherLeader.SignInAsync("teamleder.act@caseload.local");
        (await otherLeader.GetAsync($"/forloeb/{course}/tovholder")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var worker = TestClient.For(app);
        await worker.SignInAsync("medarbejder1.fs@caseload.local");
        (await worker.GetAsync($"/forloeb/{course}/tovholder")).StatusCode.ShouldBe(HttpStatusCode.Redirect); // no access

        using var leader = TestClient.For(app);
        await leader.SignInAsync("teamleder.fs@caseload.local");
        using var missing = await leader.PostFormAsync($"/forloeb/{course}/tovholder", [new("newWorkerId", await UserIdAsync("teamleder.fs@caseload.local")), new("reason", "")], "/tovholder");
        (await missing.Content.ReadAsStringAsync()).ShouldContain("Angiv en begrundelse for skiftet.");
    }

    [Fact]
    public async Task TheTeamsCaseloadLimitIsSetByTheAdministratorAndTheBoardFollowsIt()
    {
        await using var own = new TApp(); // changes the limit: its own database
        var team = await own.QueryAsync(db => db.Teams.Where(t => t.Name == "CTI-team Solbjerg").Select(t => t.Id).SingleAsync());
        using var admin = TestClient.For(own);
        await admin.SignInAsync("admin@caseload.local");
        using (var invalid = await admin.PostFormAsync($"/admin/teams/{team}", [new("Name", "CTI-team Solbjerg"), new("Method", "Cti"), new("CaseloadLimitPerFte", "0")], $"/admin/teams/{team}"))
        {
            var html = await invalid.Content.ReadAsStringAsync();
            html.ShouldContain("Grænsen for borgere pr. årsværk skal være mellem 1 og 50.");
            html.ShouldContain("value=\"CTI-team Solbjerg\"");
        }
        var version = (await admin.GetPageAsync($"/admin/teams/{team}")).QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        using (var saved = await admin.PostFormAsync($"/admin/teams/{team}", [new("Name", "CTI-team Solbjerg"), new("Method", "Cti"), new("CaseloadLimitPerFte", "8"),
                   new("Version", version)], $"/admin/teams/{team}"))
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var leader = TestClient.For(own);
        await leader.SignInAsync("teamleder.cti@caseload.local");
        var board = await leader.GetPageAsync("/tavle");
        board.QuerySelector("p.lead")!.TextContent.ShouldContain("grænse 8,0 borgere pr. årsværk");
        board.QuerySelectorAll("section").Single(x => x.QuerySelector("h2")?.TextContent == "Nadia Karimi")
            .QuerySelector(".caseload-state")!.GetAttribute("data-state").ShouldBe("Over"); // 5 on 0,5 årsværk = 10 > 8
    }

    [Fact]
    public async Task ATeamLeaderAttachesAnotherDisciplineToAnActCourse()
    {
        var citizen = await app.CitizenIdAsync("Susanne Bak");
        var course = await app.QueryAsync(db => db.Courses.Where(c => c.CitizenId == citizen).Select(c => c.Id).SingleAsync());
        var nurse = await UserIdAsync("medarbejder2.act@caseload.local");
        using var leader = TestClient.For(app);
        await leader.SignInAsync("teamleder.act@caseload.local");
        using var attached = await leader.PostFormAsync($"/borgere/{citizen}", [new("citizenId", citizen.ToString()), new("userId", nurse), new("discipline", "")],
            $"/tilknyt");
        attached.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await leader.GetPageAsync($"/borgere/{citizen}");
        page.Body!.TextContent.ShouldContain("Tilknyttet: Ole Nielsen (Sygeplejerske)");
        (await app.QueryAsync(db => db.Courses.Include(c => c.Members).SingleAsync(c => c.Id == course))).Involves(nurse).ShouldBeTrue();
    }

    [Fact]
    public async Task OnlyAMethodWhoseEngineSaysSoAttachesOtherDisciplines()
    {
        var citizen = await app.CitizenIdAsync("Maria Jensen"); // a CTI course: the CTI engine defines no attached members (ADR 0023)
        var course = await app.QueryAsync(db => db.Courses.Where(c => c.CitizenId == citizen).Select(c => c.Id).SingleAsync());
        var colleague = await app.QueryAsync(db => db.TeamMembers.Where(m => db.Courses.Any(c => c.Id == course && c.TeamId == m.TeamId)
            && !db.Courses.Any(c => c.Id == course && c.PrimaryWorkerId == m.UserId)).Select(m => m.UserId).FirstAsync());
        using var leader = TestClient.For(app);
        await leader.SignInAsync("teamleder.cti@caseload.local");
        using var refused = await leader.PostWithTokenAsync($"/forloeb/{course}/tilknyt", [new("UserId", colleague), new("Discipline", "Sygeplejerske")]);
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await leader.GetPageAsync($"/borgere/{citizen}");
        page.Body!.TextContent.ShouldContain("Kun ACT-forløb har flere tilknyttede fagpersoner.");
        (await app.QueryAsync(db => db.Courses.Include(c => c.Members).SingleAsync(c => c.Id == course))).Members.ShouldBeEmpty();
    }

    private static async Task<string> AntiforgeryTokenAsync(TestClient client)
    {
        var page = await client.GetPageAsync("/borgere/ny");
        return page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }
}

public sealed class CaseloadTestsOnSqlite(SqliteAppFactory app) : CaseloadTests<SqliteAppFactory>(app);
public sealed class CaseloadTestsOnPostgres(PostgresAppFactory app) : CaseloadTests<PostgresAppFactory>(app);
