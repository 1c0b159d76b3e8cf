using System.Net;
using Caseload.Domain.Teams;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Web.Tests.Api;

/// <summary>The course event log as a feed (ADR 0050): only the client's teams and covered citizens, in position order, each
/// event once, and the cursor moves past events the client may not see.</summary>
public sealed class ApiFeedTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task TheFeedServesTheClientsCoveredCitizensOnceEachInOrder()
    {
        var covered = await app.OutreachCitizenWithConsentAsync(0, "Feedsystem A");
        var (id, secret) = await app.RegisterAsync(Method.Outreach, receiver: "Feedsystem A");
        using var http = await app.SignedInAsync(id, secret);

        var served = new List<FeedScenario.Served>();
        var cursor = await http.DrainAsync(0, served);
        served.ShouldNotBeEmpty();
        served.Select(e => e.CitizenId).Distinct().ShouldBe([covered], "only the citizen whose consent names the receiver");
        served.Select(e => e.Position).ShouldBeInOrder(SortDirection.Ascending);
        served.Select(e => e.Position).ShouldBeUnique();
        var expected = await app.QueryAsync(db => db.CourseEvents.CountAsync(e => e.CitizenId == covered));
        served.Count.ShouldBe(expected);
        cursor.ShouldBeGreaterThanOrEqualTo(served[^1].Position);

        // Nothing new: the same cursor, nothing served twice. Then one new event: exactly that one.
        (await http.PageAsync(cursor)).Events.ShouldBeEmpty();
        var subject = Guid.NewGuid();
        await using (var scope = app.Scope())
        {
            var db = scope.Db();
            db.CourseEvents.Add(FeedScenario.Event(covered, await app.TeamOfAsync(covered), subject));
            var act = await db.Citizens.Where(c => db.Teams.Any(t => t.Id == c.TeamId && t.Method == Method.Act)).Select(c => new { c.Id, c.TeamId }).FirstAsync();
            db.CourseEvents.Add(FeedScenario.Event(act.Id, act.TeamId, Guid.NewGuid())); // another team's: never served
            await db.SaveChangesAsync();
        }
        var (events, next, more) = await http.PageAsync(cursor);
        events.Select(e => e.SubjectId).ShouldBe([subject]);
        more.ShouldBeFalse();
        (await http.PageAsync(next)).Events.ShouldBeEmpty();
    }

    [Fact]
    public async Task TheCitizensServedByTheFeedAreAudited()
    {
        var covered = await app.OutreachCitizenWithConsentAsync(1, "Feedsystem B");
        var (id, secret) = await app.RegisterAsync(Method.Outreach, name: "Feedlæser", receiver: "Feedsystem B");
        using var http = await app.SignedInAsync(id, secret);
        await http.DrainAsync(0, []);
        var actor = Application.Api.ApiClientActor.UserIdOf(id.ToString());
        (await app.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.UserId == actor && a.CitizenId == covered && a.Changes == "API: hændelsesfeed"))).ShouldBeTrue();
    }

    [Fact]
    public async Task ABadCursorOrLimitIsAProblemNotAnError()
    {
        var (id, secret) = await app.RegisterAsync(Method.Outreach);
        using var http = await app.SignedInAsync(id, secret);
        using var response = await http.GetAsync("/api/v1/feed?after=abc");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.JsonAsync()).GetProperty("title").GetString().ShouldBe("Forespørgslen er ugyldig");
        (await http.GetAsync("/api/v1/feed?after=-5&limit=100000")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
