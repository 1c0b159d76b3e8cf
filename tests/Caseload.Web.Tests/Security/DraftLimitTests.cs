using System.Net;
using AngleSharp.Html.Dom;
using Caseload.Domain.Drafts;
using Caseload.TestSupport;
using Caseload.Web.Features.Drafts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Caseload.Web.Tests.Security;

/// <summary>Drafts are bounded (issue #28 item 7): at most 50 per user (a new one replaces the oldest), each at most
/// 64,000 characters; a job removes those older than 30 days; the endpoint is rate-limited per user.</summary>
public sealed class DraftLimitTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly SqliteAppFactory _app;

    public DraftLimitTests() => _app = new SqliteAppFactory { Clock = _clock };

    public Task InitializeAsync() => Task.CompletedTask;
    public Task DisposeAsync() => _app.DisposeAsync();

    private Task<string> UserIdAsync(string email) => _app.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    /// <summary>Posts drafts with one antiforgery token (fetched once), as the autosave script does.</summary>
    private static async Task<List<HttpStatusCode>> SaveDraftsAsync(TestClient client, IEnumerable<string> keys)
    {
        var token = ((IHtmlInputElement)(await client.GetPageAsync("/")).QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        var statuses = new List<HttpStatusCode>();
        foreach (var key in keys)
        {
            using var content = new FormUrlEncodedContent([new("key", key), new("data", "{\"Input.Note\":\"tekst\"}"), new("__RequestVerificationToken", token)]);
            using var response = await client.Http.PostAsync(new Uri("/kladder", UriKind.Relative), content);
            statuses.Add(response.StatusCode);
        }
        return statuses;
    }

    [Fact]
    public async Task ANewDraftBeyondFiftyReplacesTheUsersOldest()
    {
        var me = await UserIdAsync("medarbejder1.act@caseload.local");
        await _app.QueryAsync(async db =>
        {
            for (var i = 0; i < Draft.MaxPerUser; i++)
                db.Drafts.Add(new Draft(me, $"/borgere/formular-{i}", "{}", _clock.GetUtcNow().UtcDateTime.AddMinutes(i - 100)));
            return await db.SaveChangesAsync();
        });
        using var client = TestClient.For(_app);
        await client.SignInAsync("medarbejder1.act@caseload.local");
        (await SaveDraftsAsync(client, ["/borgere/ny-formular"])).ShouldBe([HttpStatusCode.OK]);

        var keys = await _app.QueryAsync(db => db.Drafts.Where(d => d.UserId == me).Select(d => d.Key).ToListAsync());
        keys.Count.ShouldBe(Draft.MaxPerUser);
        keys.ShouldContain("/borgere/ny-formular");
        keys.ShouldNotContain("/borgere/formular-0"); // the oldest went
    }

    [Fact]
    public async Task TheDraftEndpointIsRateLimitedPerUser()
    {
        using var client = TestClient.For(_app);
        await client.SignInAsync("medarbejder2.act@caseload.local");
        var statuses = await SaveDraftsAsync(client, Enumerable.Range(0, DraftRateLimit.SavesPerMinute + 5).Select(i => $"/borgere/hurtig-{i % 3}"));
        statuses.Take(DraftRateLimit.SavesPerMinute).ShouldAllBe(s => s == HttpStatusCode.OK);
        statuses.Skip(DraftRateLimit.SavesPerMinute).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);

        using var colleague = TestClient.For(_app); // another user has a limit of their own
        await colleague.SignInAsync("medarbejder3.act@caseload.local");
        (await SaveDraftsAsync(colleague, ["/borgere/hurtig-0"])).ShouldBe([HttpStatusCode.OK]);
    }

    [Fact]
    public async Task TheJobRemovesDraftsOlderThanThirtyDays()
    {
        var me = await UserIdAsync("teamleder.act@caseload.local");
        var now = _clock.GetUtcNow().UtcDateTime;
        await _app.QueryAsync(async db =>
        {
            db.Drafts.Add(new Draft(me, "/borgere/gammel", "{}", now.AddDays(-(Draft.KeepDays - 1))));
            db.Drafts.Add(new Draft(me, "/borgere/ny", "{}", now));
            return await db.SaveChangesAsync();
        });
        _clock.Advance(TimeSpan.FromDays(2)); // the first is now 31 days old

        // The job's own work on the app's (fake) clock; JobsPageTests and JobsClusterTests run it through the scheduler.
        await using (var scope = _app.Services.CreateAsyncScope())
            (await scope.ServiceProvider.GetRequiredService<DraftExpiryJob>().RunAsync(CancellationToken.None)).ShouldBe("1 kladde over 30 dage slettet");
        var keys = await _app.QueryAsync(db => db.Drafts.Where(d => d.UserId == me).Select(d => d.Key).ToListAsync());
        keys.ShouldBe(["/borgere/ny"]);
    }
}
