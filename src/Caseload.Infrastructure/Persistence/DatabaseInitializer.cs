using Caseload.Application.Security;
using Caseload.Infrastructure.Identity;
using Caseload.Infrastructure.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Caseload.Infrastructure.Persistence;

/// <summary>Start-up work on the database: migrations, the fixed roles, and (outside Production) demo data.</summary>
public static class DatabaseInitializer
{
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var options = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var env = sp.GetRequiredService<IHostEnvironment>();
        var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer));
        var db = sp.GetRequiredService<CaseloadDbContext>();

        // SQLite is embedded: always migrate. PostgreSQL: unless a deployment step does it (README).
        if (options.Provider == DatabaseProvider.Sqlite || options.MigrateOnStartup)
        {
            if (options.Provider == DatabaseProvider.Sqlite
                && SqliteMigrationGuard.For(db.Database.GetConnectionString(), logger) is { } guard)
            {
                guard.RecoverInterruptedMigration();
                if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
                    await guard.MigrateAsync(() => db.Database.MigrateAsync(ct));
            }
            else
            {
                await db.Database.MigrateAsync(ct);
            }
            logger.LogInformation("Database migrated ({Provider})", options.Provider);
        }
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            // Write-ahead logging: readers do not wait for a writer (every page view writes an audit row), and
            // commits are cheaper. The mode is kept in the database file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        var roles = sp.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));

        await CreateFirstAdministratorAsync(sp, logger);

        if (env.IsDevelopment() || options.SeedDemoData)
        {
            if (env.IsProduction())
                logger.LogWarning("Database:SeedDemoData is ignored in Production");
            else
                await DemoDataSeeder.SeedAsync(sp, ct);
        }

        // An existing database (or the demo data, seeded row by row) gets its course event log once (ADR 0024).
        var events = await FillCourseEventLogOnceAsync(sp, ct);
        if (events > 0) logger.LogInformation("Course event log filled from existing data: {Events} events", events);
    }

    /// <summary>Fills the course event log from the stored rows when it is empty (ADR 0024); safe to call from several
    /// instances at once. Also used by the data generator after its bulk rows.
    /// The monthly figures are filled from the log right after, under the same lock (ADR 0031).</summary>
    public static Task<int> FillCourseEventLogOnceAsync(IServiceProvider scoped, CancellationToken ct = default)
        => BackfillOnceAsync(scoped.GetRequiredService<CaseloadDbContext>(), scoped.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider,
            async () =>
            {
                var events = await scoped.GetRequiredService<Application.CourseEvents.CourseEventBackfill>().RunAsync(ct);
                await scoped.GetRequiredService<Application.Results.MonthlyFigureBackfill>().RunAsync(ct);
                return events;
            }, ct);

    /// <summary>Several web instances may start at once on PostgreSQL or SQL Server: a session lock makes the second wait
    /// and then find the log filled, instead of filling it twice. (SQLite is one instance by design, ADR 0001.)</summary>
    private static async Task<int> BackfillOnceAsync(CaseloadDbContext db, DatabaseProvider provider, Func<Task<int>> backfill, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            // Any fixed number: the backfill's own lock.
            if (provider == DatabaseProvider.Postgres) await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_lock(20261206)", ct);
            if (provider == DatabaseProvider.SqlServer)
                await db.Database.ExecuteSqlRawAsync("EXEC sp_getapplock @Resource = 'CourseEventBackfill', @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = -1", ct);
            try
            {
                return await backfill();
            }
            finally
            {
                if (provider == DatabaseProvider.Postgres) await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_unlock(20261206)", CancellationToken.None);
                if (provider == DatabaseProvider.SqlServer)
                    await db.Database.ExecuteSqlRawAsync("EXEC sp_releaseapplock @Resource = 'CourseEventBackfill', @LockOwner = 'Session'", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task CreateFirstAdministratorAsync(IServiceProvider sp, ILogger logger)
    {
        var bootstrap = sp.GetRequiredService<IConfiguration>().GetSection(BootstrapOptions.Section).Get<BootstrapOptions>();
        if (string.IsNullOrWhiteSpace(bootstrap?.AdminEmail) || string.IsNullOrWhiteSpace(bootstrap.AdminPassword)) return;
        var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.Users.AnyAsync()) return;
        var admin = new ApplicationUser { UserName = bootstrap.AdminEmail, Email = bootstrap.AdminEmail, EmailConfirmed = true, FullName = "Administrator" };
        var created = await users.CreateAsync(admin, bootstrap.AdminPassword);
        if (!created.Succeeded)
            throw new InvalidOperationException("Bootstrap administrator: " + string.Join("; ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(admin, Roles.Administrator);
        logger.LogWarning("Created the first administrator {Email}; change the password now", bootstrap.AdminEmail);
    }
}
