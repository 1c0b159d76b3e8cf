using Caseload.Domain.Teams;
using Caseload.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Web.Tests.Api;

/// <summary>
/// The feed's cursor under concurrent writers on PostgreSQL (ADR 0050): an event whose transaction took a lower sequence but
/// commits after a higher one is still served — after it, never skipped — and no event is served twice.
/// </summary>
public sealed class ApiFeedConcurrencyTests : IAsyncLifetime
{
    // Readers poll as fast as they can here: no rate limit in the way.
    private readonly PostgresAppFactory _app = new() { Settings = { ["Api:RequestsPerMinute"] = "1000000" } };
    private Guid _citizen;
    private Guid _team;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        _citizen = await _app.OutreachCitizenWithConsentAsync(0);
        _team = await _app.TeamOfAsync(_citizen);
        var (id, secret) = await _app.RegisterAsync(Method.Outreach);
        _http = await _app.SignedInAsync(id, secret);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task AnEventThatCommitsLateWithALowerSequenceIsServedAfterNotSkipped()
    {
        var cursor = await _http.DrainAsync(0, []);
        var early = Guid.NewGuid();
        var late = Guid.NewGuid();

        await using var slowScope = _app.Scope();
        var slow = slowScope.Db();
        await using var transaction = await slow.Database.BeginTransactionAsync();
        slow.CourseEvents.Add(FeedScenario.Event(_citizen, _team, early));
        await slow.SaveChangesAsync(); // sequence taken, not yet committed
        await using (var fastScope = _app.Scope())
        {
            var fast = fastScope.Db();
            fast.CourseEvents.Add(FeedScenario.Event(_citizen, _team, late));
            await fast.SaveChangesAsync(); // a higher sequence, committed first
        }
        var sequences = await Security.AppExtensions.QueryAsync(_app, db => db.CourseEvents.Where(e => e.SubjectId == late).Select(e => e.Sequence).SingleAsync());
        var earlySequence = await slow.CourseEvents.Where(e => e.SubjectId == early).Select(e => e.Sequence).SingleAsync();
        earlySequence.ShouldBeLessThan(sequences, "the slow transaction holds the lower sequence");

        var first = new List<FeedScenario.Served>();
        cursor = await _http.DrainAsync(cursor, first);
        first.Select(e => e.SubjectId).ShouldBe([late]);

        await transaction.CommitAsync();
        var second = new List<FeedScenario.Served>();
        await _http.DrainAsync(cursor, second);
        second.Select(e => e.SubjectId).ShouldBe([early], "a cursor on the event's own sequence would have stepped over it");
    }

    [Fact]
    public async Task ConcurrentWritersAndAReaderNeverSkipOrRepeatAnEvent()
    {
        var cursor = await _http.DrainAsync(0, []);
        const int writers = 4, perWriter = 25;
        var written = new List<Guid>();
        var done = 0;

        async Task WriteAsync(int writer)
        {
            for (var i = 0; i < perWriter; i++)
            {
                var subject = Guid.NewGuid();
                await using var scope = _app.Scope();
                var db = scope.Db();
                await using var transaction = await db.Database.BeginTransactionAsync();
                db.CourseEvents.Add(FeedScenario.Event(_citizen, _team, subject));
                await db.SaveChangesAsync();
                // Commit in a different order than the sequences were taken: the other writers run meanwhile.
                for (var y = 0; y < (writer + i) % 3; y++) await Task.Yield();
                await transaction.CommitAsync();
                lock (written) written.Add(subject);
            }
            Interlocked.Increment(ref done);
        }

        var served = new List<FeedScenario.Served>();
        var writing = Enumerable.Range(0, writers).Select(w => Task.Run(() => WriteAsync(w))).ToList();
        // Read while they write, then once more after the last commit.
        while (Volatile.Read(ref done) < writers) cursor = await _http.DrainAsync(cursor, served);
        await Task.WhenAll(writing);
        await _http.DrainAsync(cursor, served);

        served.Select(e => e.Position).ShouldBeUnique("no event is served twice");
        served.Select(e => e.Position).ShouldBeInOrder(SortDirection.Ascending);
        served.Select(e => e.SubjectId).Order().ShouldBe(written.Order(), "every committed event is served");
        written.Count.ShouldBe(writers * perWriter);
    }
}
