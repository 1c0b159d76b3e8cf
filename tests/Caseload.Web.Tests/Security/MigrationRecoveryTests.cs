using System.Data.Common;
using Caseload.Infrastructure.Persistence;
using Caseload.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Web.Tests.Security;

/// <summary>
/// A SQLite migration that fails or is killed midway is recoverable (issue #28 item 12): the fault is injected at the
/// table rebuild of <c>OutreachEngine</c> (<c>PRAGMA foreign_keys = 0</c>, which cannot run in a transaction). A failed
/// start leaves the database as it was; a kill — the files exactly as they were at the fault — is undone by the next
/// start; both then migrate cleanly. A fresh start logs no "cannot be executed in a transaction" warning.
/// </summary>
public sealed class MigrationRecoveryTests : IDisposable
{
    private const string LastBeforeOutreach = "20261125162101_CtiEngine";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "caseload-tests", "migration-" + Guid.NewGuid().ToString("N"));

    public MigrationRecoveryTests() => Directory.CreateDirectory(Path.Combine(_folder, "db"));

    private string DatabaseFile => Path.Combine(_folder, "db", "caseload.db");
    private string Snapshot => Path.Combine(_folder, "killed");
    private string ConnectionString => $"Data Source={DatabaseFile}";

    /// <summary>Throws at the non-transactional statement, after copying every file of the database — what a kill at
    /// that moment would leave behind.</summary>
    private sealed class FaultAtTableRebuild(string databaseFolder, string snapshot) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (!command.CommandText.Contains("PRAGMA foreign_keys = 0", StringComparison.Ordinal)) return ValueTask.FromResult(result);
            Directory.CreateDirectory(snapshot);
            foreach (var file in Directory.GetFiles(databaseFolder))
                using (var source = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
                using (var target = File.Create(Path.Combine(snapshot, Path.GetFileName(file))))
                    source.CopyTo(target);
            throw new IOException("Injected fault in the middle of a migration");
        }
    }

    private SqliteAppFactory App(bool fault)
    {
        var app = new SqliteAppFactory();
        app.Settings["Database:ConnectionString"] = ConnectionString;
        if (fault)
            app.ConfigureTestServices = s => s.ConfigureDbContext<SqliteCaseloadDbContext>(o =>
                o.AddInterceptors(new FaultAtTableRebuild(Path.GetDirectoryName(DatabaseFile)!, Snapshot)));
        return app;
    }

    /// <summary>An older installation: migrated up to just before OutreachEngine, with a row of its own.</summary>
    private async Task OlderDatabaseAsync()
    {
        await using var db = new SqliteCaseloadDbContext(new DbContextOptionsBuilder<SqliteCaseloadDbContext>().UseSqlite(ConnectionString, o => o.MigrationsAssembly(MigrationsAssemblies.Sqlite)).Options);
        await db.GetService<IMigrator>().MigrateAsync(LastBeforeOutreach);
        await db.Database.ExecuteSqlRawAsync("INSERT INTO AspNetRoles (Id, Name, NormalizedName) VALUES ('old', 'Gammel rolle', 'GAMMEL ROLLE')");
    }

    private async Task<List<string>> AppliedMigrationsAsync()
    {
        SqliteConnection.ClearAllPools();
        await using var db = new SqliteCaseloadDbContext(new DbContextOptionsBuilder<SqliteCaseloadDbContext>().UseSqlite(ConnectionString, o => o.MigrationsAssembly(MigrationsAssemblies.Sqlite)).Options);
        return [.. await db.Database.GetAppliedMigrationsAsync()];
    }

    private static async Task StartsAndServesAsync(SqliteAppFactory app)
    {
        using var client = TestClient.For(app);
        await client.SignInAsync("medarbejder1.act@caseload.local");
        (await client.GetPageAsync("/borgere")).QuerySelector("h1").ShouldNotBeNull();
    }

    private async Task FailedStartAsync()
    {
        await using var failing = App(fault: true);
        var error = Should.Throw<Exception>(() => failing.Services);
        error.ToString().ShouldContain("Injected fault");
    }

    [Fact]
    public async Task AFailedMigrationLeavesTheDatabaseAsItWasAndTheNextStartMigratesCleanly()
    {
        await OlderDatabaseAsync();
        await FailedStartAsync();

        (await AppliedMigrationsAsync()).Last().ShouldBe(LastBeforeOutreach); // nothing half-done
        await using var app = App(fault: false);
        await StartsAndServesAsync(app);
        (await app.QueryAsync(db => db.Roles.CountAsync(r => r.Name == "Gammel rolle"))).ShouldBe(1);
    }

    [Fact]
    public async Task AMigrationKilledMidwayIsUndoneAtTheNextStart()
    {
        await OlderDatabaseAsync();
        await FailedStartAsync();
        // The kill: the files exactly as they were at the fault (half-migrated, the backup beside them).
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(DatabaseFile)!)) File.Delete(file);
        foreach (var file in Directory.GetFiles(Snapshot)) File.Copy(file, Path.Combine(Path.GetDirectoryName(DatabaseFile)!, Path.GetFileName(file)));

        await using var app = App(fault: false);
        await StartsAndServesAsync(app);
        (await app.QueryAsync(db => db.Roles.CountAsync(r => r.Name == "Gammel rolle"))).ShouldBe(1);
    }

    [Fact]
    public async Task AFirstMigrationKilledMidwayStartsAgainFromNothing()
    {
        await FailedStartAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(DatabaseFile)!)) File.Delete(file);
        foreach (var file in Directory.GetFiles(Snapshot)) File.Copy(file, Path.Combine(Path.GetDirectoryName(DatabaseFile)!, Path.GetFileName(file)));

        await using var app = App(fault: false);
        await StartsAndServesAsync(app);
    }

    [Fact]
    public async Task AFreshStartLogsNoWarningAboutAMigrationOutsideATransaction()
    {
        await using var app = App(fault: false);
        await StartsAndServesAsync(app);
        var log = "";
        for (var i = 0; i < 100 && !log.Contains("Database migrated", StringComparison.Ordinal); i++)
        {
            await Task.Delay(100); // the file sink flushes every second
            log = string.Concat(Directory.GetFiles(app.LogDirectory).Select(f =>
            {
                using var reader = new StreamReader(new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
                return reader.ReadToEnd();
            }));
        }
        log.ShouldContain("Database migrated");
        log.ShouldNotContain("cannot be executed in a transaction");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
