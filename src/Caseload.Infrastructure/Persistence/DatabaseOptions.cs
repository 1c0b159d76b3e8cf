namespace Caseload.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
    SqlServer,
}

/// <summary>The "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>For SQLite, defaults to a file under the app's data folder.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations at start-up. Always on for SQLite; for PostgreSQL and SQL Server it can
    /// be turned off when migrations are applied by a deployment step instead.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Seed demo data. Only honoured outside Production.</summary>
    public bool SeedDemoData { get; set; }
}

/// <summary>The "Bootstrap" section: the first administrator of a new installation, created only while
/// the database has no users at all.</summary>
public sealed class BootstrapOptions
{
    public const string Section = "Bootstrap";
    public string? AdminEmail { get; set; }
    public string? AdminPassword { get; set; }
}
