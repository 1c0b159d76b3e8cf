using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Caseload.Infrastructure.Persistence;

/// <summary>
/// Makes a failed or killed SQLite migration recoverable (issue #28 item 12, ADR 0029). SQLite cannot change a column
/// in place, so EF rebuilds the table between <c>PRAGMA foreign_keys = 0/1</c>, which cannot run in a transaction: a
/// migration that fails or is killed there leaves the schema half-migrated. So, before pending migrations run, the
/// database file is copied (or, for a new database, a marker says there was none); a failure restores it at once, and a
/// kill is undone at the next start, before migrating again. PostgreSQL and SQL Server run each migration in a
/// transaction of their own and need none of this.
/// </summary>
internal sealed class SqliteMigrationGuard
{
    private readonly string _path;
    private readonly ILogger _logger;

    private SqliteMigrationGuard(string path, ILogger logger) { _path = path; _logger = logger; }

    private string Backup => _path + ".before-migration";
    private string PartialBackup => Backup + ".part";
    private string NewDatabaseMarker => _path + ".migrating-new";

    /// <summary>The guard for the file in the connection string; null for an in-memory database.</summary>
    public static SqliteMigrationGuard? For(string? connectionString, ILogger logger)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:") return null;
        return new SqliteMigrationGuard(Path.GetFullPath(builder.DataSource), logger);
    }

    /// <summary>Undoes a migration that was killed midway (its backup or marker is still there).</summary>
    public void RecoverInterruptedMigration()
    {
        File.Delete(PartialBackup); // killed while copying: the database itself was not touched yet
        if (File.Exists(Backup))
        {
            _logger.LogWarning("A database migration was interrupted; restoring the database from {Backup}", Backup);
            Restore();
        }
        else if (File.Exists(NewDatabaseMarker))
        {
            _logger.LogWarning("The first migration of a new database was interrupted; starting it again");
            DeleteDatabaseFiles();
            File.Delete(NewDatabaseMarker);
        }
    }

    /// <summary>Runs <paramref name="migrate"/> with the database copied first; on failure the copy is put back.</summary>
    public async Task MigrateAsync(Func<Task> migrate)
    {
        TakeBackup();
        try
        {
            await migrate();
        }
        catch
        {
            _logger.LogError("The database migration failed; the database is restored to where it was before");
            Restore();
            throw;
        }
        File.Delete(Backup);
        File.Delete(NewDatabaseMarker);
    }

    private void TakeBackup()
    {
        if (!File.Exists(_path))
        {
            File.WriteAllText(NewDatabaseMarker, "");
            return;
        }
        // SQLite's online backup: a consistent copy, the write-ahead log included. Written under another name and
        // renamed, so a half-written copy is never taken for a backup.
        using (var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString()))
        using (var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = PartialBackup, Pooling = false }.ToString()))
        {
            source.Open();
            source.BackupDatabase(target);
        }
        File.Move(PartialBackup, Backup, overwrite: true);
    }

    private void Restore()
    {
        SqliteConnection.ClearAllPools(); // no pooled connection may keep the half-migrated file open
        DeleteDatabaseFiles(); // the journal and WAL too: replayed onto the copy they would undo the restore
        if (File.Exists(Backup))
        {
            File.Copy(Backup, _path);
            File.Delete(Backup);
        }
        File.Delete(NewDatabaseMarker);
    }

    private void DeleteDatabaseFiles()
    {
        foreach (var suffix in new[] { "-wal", "-shm", "-journal", "" }) File.Delete(_path + suffix);
    }
}
