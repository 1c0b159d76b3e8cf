using Caseload.Application.Security;
using Caseload.Infrastructure.Identity;
using Caseload.Infrastructure.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
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
            await db.Database.MigrateAsync(ct);
            logger.LogInformation("Database migrated ({Provider})", options.Provider);
        }

        var roles = sp.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));

        if (env.IsDevelopment() || options.SeedDemoData)
        {
            if (env.IsProduction())
                logger.LogWarning("Database:SeedDemoData is ignored in Production");
            else
                await DemoDataSeeder.SeedAsync(sp, ct);
        }
    }
}
