using Caseload.Infrastructure.Persistence;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Web.Tests.Foundation;

/// <summary>ADR 0021: SQLite waits for the write lock itself instead of Microsoft.Data.Sqlite's 150 ms sleeps.</summary>
public sealed class SqliteBusyWaitTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task EveryConnectionTheAppOpensHasSqlitesBusyTimeout()
    {
        var timeout = await app.QueryAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA busy_timeout;";
            return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        });
        timeout.ShouldBe(SqliteBusyTimeout.Milliseconds);
    }

    [Fact]
    public async Task AWriteWaitsForAColleaguesTransactionAndThenSucceeds()
    {
        var connectionString = await app.QueryAsync(db => Task.FromResult(db.Database.GetConnectionString()!));
        await using var colleague = new SqliteConnection(connectionString);
        await colleague.OpenAsync();
        await using (var begin = colleague.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE;"; // holds the write lock
            await begin.ExecuteNonQueryAsync();
        }
        var committing = false;
        var release = Task.Run(async () =>
        {
            await Task.Delay(300); // gives the app's write time to meet the lock (how long it waits is measured in bench/sqlite-busy-wait)
            Volatile.Write(ref committing, true);
            await using var commit = colleague.CreateCommand();
            commit.CommandText = "COMMIT;";
            await commit.ExecuteNonQueryAsync();
        });

        var written = await app.QueryAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE Teams SET Name = Name WHERE Id = (SELECT Id FROM Teams LIMIT 1);"));

        Volatile.Read(ref committing).ShouldBeTrue(); // it waited for the colleague's commit instead of failing with SQLITE_BUSY
        await release;
        written.ShouldBe(1);
    }
}
