using System.Net;
using Caseload.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Web.Tests.Security;

/// <summary>Concurrency without 500s or silent overrides (issue #8, item 6): parallel reassignments and parallel
/// "attach member" leave one winner and give the other a Danish message; a stale form cannot override.</summary>
public abstract class ConcurrencyTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseloadAppFactory, new()
{
    private Task<string> UserIdAsync(string email) => app.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private async Task<Guid> CourseOfAsync(string citizen)
    {
        var id = await app.CitizenIdAsync(citizen);
        return await app.QueryAsync(db => db.Courses.Where(c => c.CitizenId == id).Select(c => c.Id).FirstAsync());
    }

    [Fact]
    public async Task ParallelReassignmentsOfOneCourseLeaveOneWinnerAndNo500()
    {
        var course = await CourseOfAsync("Lise Mortensen");
        string[] to = [await UserIdAsync("medarbejder2.act@caseload.local"), await UserIdAsync("medarbejder3.act@caseload.local")];
        for (var round = 0; round < 4; round++)
        {
            var clients = new[] { TestClient.For(app), TestClient.For(app) };
            foreach (var c in clients) await c.SignInAsync("teamleder.act@caseload.local");
            var version = (await clients[0].GetPageAsync($"/forloeb/{course}/tovholder")).QuerySelector("input[name=Version]")!.GetAttribute("value")!;
            var before = await app.QueryAsync(db => db.Set<Domain.Courses.CourseAssignment>().CountAsync(a => a.CourseId == course));
            var responses = await Task.WhenAll(clients.Select((c, i) => c.PostWithTokenAsync($"/forloeb/{course}/tovholder",
                [new("NewWorkerId", to[(round + i) % 2]), new("Reason", $"Runde {round}"), new("AssignAnyway", "true"), new("Version", version)]))); // Ole is over the caseload limit
            responses.ShouldAllBe(r => (int)r.StatusCode < 500);
            var after = await app.QueryAsync(db => db.Set<Domain.Courses.CourseAssignment>().CountAsync(a => a.CourseId == course));
            var winners = responses.Count(r => r.StatusCode == HttpStatusCode.Redirect);
            (after - before).ShouldBe(winners);
            winners.ShouldBeLessThanOrEqualTo(1);
            foreach (var loser in responses.Where(r => r.StatusCode == HttpStatusCode.OK))
                (await TestClient.ParseAsync(loser)).QuerySelector("#fejl-oversigt")!.TextContent.ShouldContain("Ret venligst følgende"); // a Danish message, the form again
            foreach (var r in responses) r.Dispose();
            foreach (var c in clients) c.Dispose();
        }
    }

    [Fact]
    public async Task AStaleReassignFormDoesNotOverrideAnotherLeadersChange()
    {
        var course = await CourseOfAsync("Kim Dahl");
        using var leader = TestClient.For(app);
        await leader.SignInAsync("teamleder.act@caseload.local");
        var stale = (await leader.GetPageAsync($"/forloeb/{course}/tovholder")).QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        var nurse = await UserIdAsync("medarbejder2.act@caseload.local");
        var other = await UserIdAsync("medarbejder3.act@caseload.local");
        using (var first = await leader.PostWithTokenAsync($"/forloeb/{course}/tovholder", [new("NewWorkerId", nurse), new("Reason", "Først"), new("AssignAnyway", "true"), new("Version", stale)]))
            first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var second = await leader.PostWithTokenAsync($"/forloeb/{course}/tovholder", [new("NewWorkerId", other), new("Reason", "Forældet formular"), new("AssignAnyway", "true"), new("Version", stale)]);
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await TestClient.ParseAsync(second);
        page.QuerySelector("#fejl-oversigt")!.TextContent.ShouldContain("ændret af en anden");
        page.QuerySelector("textarea[name=Reason]")!.TextContent.ShouldBe("Forældet formular"); // what was typed is kept
        (await app.QueryAsync(db => db.Courses.Where(c => c.Id == course).Select(c => c.PrimaryWorkerId).SingleAsync())).ShouldBe(nurse);
    }

    [Fact]
    public async Task AStaleTeamFormDoesNotOverrideAnotherAdministratorsChange()
    {
        var team = await app.QueryAsync(db => db.Teams.Where(t => t.Name == "Fremskudt sagsbehandling Solbjerg").Select(t => t.Id).SingleAsync());
        using var first = TestClient.For(app);
        using var second = TestClient.For(app);
        await first.SignInAsync("admin@caseload.local");
        await second.SignInAsync("admin@caseload.local");
        var stale = (await second.GetPageAsync($"/admin/teams/{team}")).QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        using (var saved = await first.PostFormAsync($"/admin/teams/{team}", [new("Name", "Fremskudt sagsbehandling Solbjerg"), new("Method", "Outreach"),
                   new("CaseloadLimitPerFte", "12"), new("Version", stale)], $"/admin/teams/{team}"))
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var late = await second.PostWithTokenAsync($"/admin/teams/{team}", [new("Name", "Fremskudt sagsbehandling Solbjerg"), new("Method", "Outreach"),
            new("CaseloadLimitPerFte", "15"), new("Version", stale)]);
        late.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TestClient.ParseAsync(late)).QuerySelector("#fejl-oversigt")!.TextContent.ShouldContain("ændret af en anden");
        (await app.QueryAsync(db => db.Teams.Where(t => t.Id == team).Select(t => t.CaseloadLimitPerFte).SingleAsync())).ShouldBe(12m);
    }

    [Fact]
    public async Task ParallelAttachOfTheSameMemberGivesOneMemberAndNo500()
    {
        var course = await CourseOfAsync("Jytte Poulsen");
        var member = await UserIdAsync("medarbejder3.act@caseload.local");
        var clients = new[] { TestClient.For(app), TestClient.For(app), TestClient.For(app) };
        foreach (var c in clients) await c.SignInAsync("teamleder.act@caseload.local");
        var responses = await Task.WhenAll(clients.Select(c => c.PostWithTokenAsync($"/forloeb/{course}/tilknyt", [new("UserId", member), new("Discipline", "Misbrugskonsulent")])));
        responses.ShouldAllBe(r => (int)r.StatusCode < 500);
        (await app.QueryAsync(db => db.Set<Domain.Courses.CourseMember>().CountAsync(m => m.CourseId == course && m.UserId == member))).ShouldBe(1);
        foreach (var r in responses) r.Dispose();
        foreach (var c in clients) c.Dispose();
    }
}

public sealed class ConcurrencyTestsOnSqlite(SqliteAppFactory app) : ConcurrencyTests<SqliteAppFactory>(app);
public sealed class ConcurrencyTestsOnPostgres(PostgresAppFactory app) : ConcurrencyTests<PostgresAppFactory>(app);
