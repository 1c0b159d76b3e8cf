using Caseload.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Xunit;

namespace Caseload.TestSupport;

/// <summary>
/// The real app on a real database: a fresh SQLite file, or a fresh PostgreSQL database on the server named
/// by CASELOAD_TEST_POSTGRES (scripts/test.sh starts one). Demo data is seeded (environment "Testing").
/// </summary>
public abstract class CaseloadAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string PostgresVariable = "CASELOAD_TEST_POSTGRES";

    protected CaseloadAppFactory()
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "caseload-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataDirectory);
    }

    public abstract DatabaseProvider Provider { get; }
    public string DataDirectory { get; }
    public string MailDirectory => Path.Combine(DataDirectory, "mail");
    /// <summary>The SMS outbox folder (ADR 0038).</summary>
    public string SmsDirectory => Path.Combine(DataDirectory, "sms");
    public string LogDirectory => Path.Combine(DataDirectory, "logs");
    public string Environment { get; set; } = "Testing";
    public const string PublicBaseUrl = "https://caseload.test";

    /// <summary>Extra configuration, set before the app starts.</summary>
    public Dictionary<string, string?> Settings { get; } = new();

    /// <summary>Extra services for a test.</summary>
    public Action<IServiceCollection>? ConfigureTestServices { get; set; }

    /// <summary>Counts the SQL commands of every DbContext of the app (query-count tests).</summary>
    public SqlCommandCounter SqlCommands { get; } = new();

    /// <summary>No Quartz scheduler in this app (set before it starts): for tests that count the app's SQL commands.</summary>
    public static TApp WithoutBackgroundJobs<TApp>(TApp app) where TApp : CaseloadAppFactory
    {
        app.Settings["Jobs:Enabled"] = "false";
        return app;
    }

    /// <summary>A fixed clock the test moves (set before the app starts); the system clock when null.</summary>
    public FakeTimeProvider? Clock { get; set; }

    protected abstract string ConnectionString { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        // Host settings reach Program before the container is built (the app configuration below only after): the job store
        // is chosen from them at registration (ADR 0045).
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("Database:ConnectionString", ConnectionString);
        foreach (var (key, value) in Settings.Where(s => s.Key.StartsWith("Jobs:", StringComparison.Ordinal) || s.Key.StartsWith("Metrics:", StringComparison.Ordinal))) builder.UseSetting(key, value);
        // The build's static files (wwwroot and the compressed copies under obj/) as `dotnet run` sees them: outside
        // Development only a published app has them in one folder, and MapStaticAssets would answer an empty 200.
        builder.UseStaticWebAssets();
        // App configuration (not UseSetting): it must win over appsettings.json.
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = Provider.ToString(),
            ["Database:ConnectionString"] = ConnectionString,
            ["Database:SeedDemoData"] = "true",
            ["Mail:PickupDirectory"] = MailDirectory,
            ["Sms:OutboxDirectory"] = SmsDirectory,
            ["App:PublicBaseUrl"] = PublicBaseUrl,
            // Most tests make no PDF: no Chromium start in the background of each test app (PdfWarmUpTests turns it on).
            ["Pdf:WarmUpAtStart"] = "false",
            // The deadline mail would write to every test app's pickup folder; DeadlineMailTests run it by hand.
            ["DeadlineMail:Enabled"] = "false",
            ["Serilog:WriteTo:0:Args:configure:0:Args:path"] = Path.Combine(LogDirectory, "caseload-.log"),
        };
        foreach (var (key, value) in Settings) settings[key] = value;
        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(settings));
        builder.ConfigureServices(services =>
        {
            services.AddControllersWithViews().AddApplicationPart(typeof(CaseloadAppFactory).Assembly);
            if (Clock is not null) services.AddSingleton<TimeProvider>(Clock);
            services.ConfigureDbContext<Caseload.Infrastructure.Persistence.SqliteCaseloadDbContext>(o => o.AddInterceptors(SqlCommands));
            services.ConfigureDbContext<Caseload.Infrastructure.Persistence.PostgresCaseloadDbContext>(o => o.AddInterceptors(SqlCommands));
            ConfigureTestServices?.Invoke(services);
        });
    }

    /// <summary>The first mail in the pickup folder that <paramref name="match"/> accepts. Some mail (password reset) is
    /// sent in the background, so this waits for it — up to 15 s, polling the folder.</summary>
    public async Task<string> WaitForMailAsync(Func<string, bool> match)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var found = Directory.Exists(MailDirectory)
                ? Directory.GetFiles(MailDirectory, "*.eml").Select(File.ReadAllText).FirstOrDefault(match)
                : null;
            if (found is not null) return found;
            if (waited.Elapsed > TimeSpan.FromSeconds(15)) throw new TimeoutException("No matching mail arrived in the pickup folder within 15 s");
            await Task.Delay(50);
        }
    }

    /// <summary>Takes the database away under the running app (for the readiness check).</summary>
    public abstract Task MakeDatabaseUnreachableAsync();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public new virtual async Task DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

public sealed class SqliteAppFactory : CaseloadAppFactory
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
    private string DatabaseDirectory => Path.Combine(DataDirectory, "db");

    protected override string ConnectionString
    {
        get
        {
            Directory.CreateDirectory(DatabaseDirectory);
            return $"Data Source={Path.Combine(DatabaseDirectory, "caseload.db")}";
        }
    }

    public override async Task MakeDatabaseUnreachableAsync()
    {
        // SQLite cannot create a file in a missing folder. A background job of the app (the retention run at start, a
        // group commit) may open the database while the folder is emptied and leave a -wal or -shm file behind it
        // ("Directory not empty"): try again until the folder is gone.
        for (var attempt = 1; ; attempt++)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DatabaseDirectory, recursive: true);
                return;
            }
            catch (IOException) when (attempt < 10)
            {
                await Task.Delay(100);
            }
        }
    }
}

public sealed class PostgresAppFactory : CaseloadAppFactory
{
    private string _database = "caseload_t_" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Another instance of the app on the same database (set before it starts): two web instances, one cluster.</summary>
    public void ShareDatabaseWith(PostgresAppFactory first) => _database = first._database;

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    public static string ServerConnectionString =>
        System.Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                $"PostgreSQL tests need {PostgresVariable} (a connection string to a server where the user may create " +
                "databases). Run the tests with `bash scripts/test.sh`, which starts a local PostgreSQL and sets it.");

    protected override string ConnectionString
        => new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = _database }.ConnectionString;

    public override Task MakeDatabaseUnreachableAsync() => DropDatabaseAsync();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await DropDatabaseAsync();
    }

    private async Task DropDatabaseAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(ServerConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", conn);
        // FORCE cannot end a server process of another role (autovacuum just after the test's writes): wait for it a little.
        for (var attempt = 1; ; attempt++)
        {
            try { await cmd.ExecuteNonQueryAsync(); return; }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 10) { await Task.Delay(500); }
        }
    }
}
