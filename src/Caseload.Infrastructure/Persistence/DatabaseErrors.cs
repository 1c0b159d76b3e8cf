using Caseload.Application.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Caseload.Infrastructure.Persistence;

/// <summary>Unique-key violations per provider: SQLite's constraint error, PostgreSQL's 23505, SQL Server's 2601/2627.</summary>
public sealed class DatabaseErrors : IDatabaseErrors
{
    public bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException { SqliteErrorCode: 19 } sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        SqlException sqlServer => sqlServer.Number is 2601 or 2627,
        _ => false,
    };

    // The database's own exception, wherever EF wrapped it: in a DbUpdateException, and that in the execution strategy's
    // "likely due to a transient failure" InvalidOperationException (a PostgreSQL deadlock between two SMS runs came so).
    public bool IsWriteConflict(Exception exception) => DatabaseException(exception) switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode is 5 or 6, // SQLITE_BUSY, SQLITE_LOCKED
        PostgresException postgres => postgres.SqlState is PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected,
        SqlException sqlServer => sqlServer.Number == 1205, // deadlock victim
        _ => false,
    };

    private static Exception? DatabaseException(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
            if (e is SqliteException or PostgresException or SqlException) return e;
        return null;
    }
}
