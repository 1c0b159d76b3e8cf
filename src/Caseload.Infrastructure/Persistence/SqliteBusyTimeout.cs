using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Caseload.Infrastructure.Persistence;

/// <summary>
/// Lets SQLite itself wait for the write lock (<c>sqlite3_busy_timeout</c>) on every connection EF opens. Without it,
/// Microsoft.Data.Sqlite answers a busy database by putting the thread to sleep for 150 ms and trying again, so a page
/// that writes its audit row while colleagues write theirs waited 150 ms at a time (p99 of 1 s under load, ADR 0021).
/// SQLite's own handler retries after 1, 2, 5, 10 … ms. A native call, not a PRAGMA command: no SQL per open.
/// </summary>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    /// <summary>After this long SQLite gives up, and Microsoft.Data.Sqlite's own retries take over until the command timeout.</summary>
    public const int Milliseconds = 5_000;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle }) SQLitePCL.raw.sqlite3_busy_timeout(handle, Milliseconds);
    }
}
