using Caseload.Application.Auditing;
using Caseload.Domain.Auditing;
using Caseload.Infrastructure.Auditing;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Web.Tests.Foundation;

/// <summary>ADR 0035: read events of concurrent requests share a commit, and each request returns only when its own
/// row is saved.</summary>
public sealed class AuditGroupCommitTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task ReadEventsWaitForTheirCommitAndConcurrentOnesShareOne()
    {
        var marker = $"gruppe-{Guid.NewGuid():N}";
        var commits = app.Services.GetRequiredService<AuditGroupCommit>();
        var connectionString = await app.QueryAsync(db => Task.FromResult(db.Database.GetConnectionString()!));
        await using var colleague = new SqliteConnection(connectionString);
        await colleague.OpenAsync();
        await Execute(colleague, "BEGIN IMMEDIATE;"); // holds the write lock: the first commit must wait for it
        var before = commits.Commits;

        var reads = Enumerable.Range(0, 30).Select(i => Task.Run(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IAuditLog>().RecordAsync(AuditAction.Viewed, marker, i.ToString("D2"));
        })).ToList();
        await Task.Delay(400);
        reads.ShouldAllBe(r => !r.IsCompleted); // nobody is told "saved" before the row is committed

        await Execute(colleague, "COMMIT;");
        await Task.WhenAll(reads);

        var keys = await app.QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == marker)
            .OrderBy(a => a.Id).Select(a => a.EntityKey!).ToListAsync());
        keys.Count.ShouldBe(30);
        keys.Distinct().Count().ShouldBe(30);
        // The first row's commit waited for the lock while the other 29 queued: they follow in one commit, not 29.
        (commits.Commits - before).ShouldBeLessThanOrEqualTo(3);
    }

    [Fact]
    public async Task ARowThatCannotBeSavedFailsOnlyItsOwnRequest()
    {
        var marker = $"fejl-{Guid.NewGuid():N}";
        var connectionString = await app.QueryAsync(db => Task.FromResult(db.Database.GetConnectionString()!));
        await using var colleague = new SqliteConnection(connectionString);
        await colleague.OpenAsync();
        await Execute(colleague, "BEGIN IMMEDIATE;");
        var first = Record(marker, "først");
        await Task.Delay(200); // the first commit is waiting for the lock; the rows below queue for the next one
        var good = Enumerable.Range(0, 5).Select(i => Record(marker, i.ToString())).ToList();
        var bad = Record(null!, "uden type"); // EntityType is NOT NULL: this row cannot be saved
        await Task.Delay(200);
        await Execute(colleague, "COMMIT;");

        await first;
        await Task.WhenAll(good);
        await Should.ThrowAsync<DbUpdateException>(() => bad);
        var saved = await app.QueryAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == marker));
        saved.ShouldBe(6);
    }

    private Task Record(string entityType, string key) => Task.Run(async () =>
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IAuditLog>().RecordAsync(AuditAction.Viewed, entityType, key);
    });

    [Fact]
    public async Task AReadOfSeveralRecordsIsOneCommit()
    {
        var marker = $"liste-{Guid.NewGuid():N}";
        var commits = app.Services.GetRequiredService<AuditGroupCommit>();
        var ids = Enumerable.Range(0, 250).Select(_ => Guid.NewGuid()).ToList(); // more than a shared batch holds
        var before = commits.Commits;
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IAuditLog>().RecordManyAsync(AuditAction.Viewed, marker, ids);

        (commits.Commits - before).ShouldBe(1);
        var saved = await app.QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == marker).Select(a => a.CitizenId!.Value).ToListAsync());
        saved.ShouldBe(ids, ignoreOrder: true);
    }

    [Fact]
    public async Task ASingleReadIsSavedBeforeTheCallReturns()
    {
        var marker = $"enkelt-{Guid.NewGuid():N}";
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IAuditLog>().RecordAsync(AuditAction.Viewed, marker, "1", details: "vist");

        var row = await app.QueryAsync(db => db.AuditEntries.SingleAsync(a => a.EntityType == marker));
        row.Action.ShouldBe(AuditAction.Viewed);
        row.Changes.ShouldBe("vist");
    }

    private static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
