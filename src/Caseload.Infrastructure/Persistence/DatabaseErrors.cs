using Caseload.Application.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Caseload.Infrastructure.Persistence;

/// <summary>Unique-key violations per provider: SQLite's constraint error, PostgreSQL's 23505.</summary>
public sealed class DatabaseErrors : IDatabaseErrors
{
    public bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException { SqliteErrorCode: 19 } sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
