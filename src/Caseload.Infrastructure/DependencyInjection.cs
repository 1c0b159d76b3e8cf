using Caseload.Application.Auditing;
using Caseload.Application.Common;
using Caseload.Infrastructure.Auditing;
using Caseload.Infrastructure.Identity;
using Caseload.Infrastructure.Mail;
using Caseload.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Caseload.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration,
        IHostEnvironment environment)
    {
        var dbOptions = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.Configure<MailOptions>(configuration.GetSection(MailOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<AuditInterceptor>();
        services.AddScoped<IAuditLog, AuditLog>();

        switch (dbOptions.Provider)
        {
            case DatabaseProvider.Postgres:
                var pg = dbOptions.ConnectionString
                         ?? throw new InvalidOperationException("Database:ConnectionString is required for PostgreSQL.");
                services.AddDbContext<CaseloadDbContext, PostgresCaseloadDbContext>((sp, o) => o
                    .UseNpgsql(pg)
                    .AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
                break;
            default:
                var sqlite = dbOptions.ConnectionString ?? DefaultSqliteConnectionString(environment);
                services.AddDbContext<CaseloadDbContext, SqliteCaseloadDbContext>((sp, o) => o
                    .UseSqlite(sqlite)
                    .AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
                break;
        }
        services.AddScoped<ICaseloadDbContext>(sp => sp.GetRequiredService<CaseloadDbContext>());

        services.AddIdentity<ApplicationUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<CaseloadDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<CaseloadClaimsFactory>()
            .AddSignInManager<CaseloadSignInManager>()
            .AddErrorDescriber<DanishIdentityErrorDescriber>();
        // A deactivated user or a changed password ends existing sessions within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        if (string.IsNullOrWhiteSpace(configuration[$"{MailOptions.Section}:SmtpHost"]))
            services.AddSingleton<IEmailSender, PickupFolderEmailSender>();
        else
            services.AddSingleton<IEmailSender, SmtpEmailSender>();

        services.AddHealthChecks().AddDbContextCheck<CaseloadDbContext>("database", tags: ["ready"]);
        return services;
    }

    /// <summary>data/caseload.db under the content root; the folder is created if missing.</summary>
    private static string DefaultSqliteConnectionString(IHostEnvironment environment)
    {
        var folder = Path.Combine(environment.ContentRootPath, "data");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "caseload.db")}";
    }
}
