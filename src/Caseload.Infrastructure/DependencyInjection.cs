using Caseload.Application.Auditing;
using Caseload.Application.Common;
using Caseload.Infrastructure.Auditing;
using Microsoft.AspNetCore.DataProtection;
using Caseload.Infrastructure.Identity;
using Caseload.Infrastructure.Mail;
using Caseload.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Caseload.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.Configure<MailOptions>(configuration.GetSection(MailOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IDatabaseErrors, DatabaseErrors>();
        services.Configure<CalendarOptions>(configuration.GetSection(CalendarOptions.Section));
        services.Configure<Application.Outreach.OutreachOptions>(configuration.GetSection(Application.Outreach.OutreachOptions.Section));
        services.Configure<Application.DataProtection.RetentionOptions>(configuration.GetSection(Application.DataProtection.RetentionOptions.Section));
        services.Configure<Application.DataProtection.InsightOptions>(configuration.GetSection(Application.DataProtection.InsightOptions.Section));
        services.Configure<Application.Fhir.FhirOptions>(configuration.GetSection(Application.Fhir.FhirOptions.Section));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<CalendarOptions>>().Value.ToCalendar());
        // Singleton: the interceptor holds no state of its own and reads the signed-in user when it saves (ICurrentUser
        // reads the current request), so the pooled contexts below can share it.
        services.AddSingleton<AuditInterceptor>();
        services.AddSingleton<Metrics.SqlCommandMetrics>(); // counts SQL commands for the metrics (ADR 0046); no state
        services.AddSingleton<AuditGroupCommit>(); // one queue per process: requests share commits (ADR 0035)
        services.AddScoped<IAuditLog, AuditLog>();

        // Pooled contexts: a request rents a ready context instead of building one and its internal services (with
        // the sign-in ticket lookup, twice per request); the options are built once (ADR 0020). Options are read
        // from the built container (not here) so that every configuration source counts.
        services.AddDbContextPool<SqliteCaseloadDbContext>((sp, o) => o
            .UseSqlite(Database(sp).ConnectionString ?? DefaultSqliteConnectionString(sp.GetRequiredService<IHostEnvironment>()),
                p => p.MigrationsAssembly(MigrationsAssemblies.Sqlite).UseQuerySplittingBehavior(OneQuery)
                    .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
            .AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), new SqliteBusyTimeout(), sp.GetRequiredService<Metrics.SqlCommandMetrics>())
            // The table rebuilds that cannot run in a transaction are guarded by a file backup (SqliteMigrationGuard, ADR 0029).
            .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.NonTransactionalMigrationOperationWarning)));
        services.AddDbContextPool<PostgresCaseloadDbContext>((sp, o) => o
            .UseNpgsql(Database(sp).ConnectionString
                       ?? throw new InvalidOperationException("Database:ConnectionString is required for PostgreSQL."),
                p => p.MigrationsAssembly(MigrationsAssemblies.Postgres).UseQuerySplittingBehavior(OneQuery)
                    .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
            .AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<Metrics.SqlCommandMetrics>()));
        services.AddDbContextPool<SqlServerCaseloadDbContext>((sp, o) => o
            .UseSqlServer(Database(sp).ConnectionString
                          ?? throw new InvalidOperationException("Database:ConnectionString is required for SQL Server."),
                          p => p.MigrationsAssembly(MigrationsAssemblies.SqlServer).UseQuerySplittingBehavior(OneQuery))
            .AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<Metrics.SqlCommandMetrics>()));
        services.AddScoped<CaseloadDbContext>(sp => Database(sp).Provider switch
        {
            DatabaseProvider.Postgres => sp.GetRequiredService<PostgresCaseloadDbContext>(),
            DatabaseProvider.SqlServer => sp.GetRequiredService<SqlServerCaseloadDbContext>(),
            _ => sp.GetRequiredService<SqliteCaseloadDbContext>(),
        });
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
        // Sessions live in the database (the cookie holds a key): sign-out, deactivation, a new password, a 2FA
        // reset or changed roles end them at once (ADR 0012). The security stamp is still checked every minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddSingleton<Identity.Sessions.DatabaseTicketStore>();
        services.AddSingleton<IPostConfigureOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>, Identity.Sessions.TicketStoreCookieSetup>();
        services.AddScoped<Identity.Sessions.UserSessions>();
        services.AddScoped<AuthenticatorKeys>();
        // The citizen's own view (ADR 0042): PINs and codes hashed like passwords, sessions on the server like the staff's.
        services.AddSingleton<CitizenPortal.CitizenTicketStore>();
        services.AddSingleton<IPostConfigureOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>, CitizenPortal.CitizenTicketStoreSetup>();
        services.AddSingleton<Application.CitizenPortal.ISecretHasher, CitizenPortal.IdentitySecretHasher>();
        services.AddScoped<Application.CitizenPortal.ICitizenSessions, CitizenPortal.CitizenSessions>();

        services.AddScoped<Application.Users.IUserAdministration, UserAdministration>();
        services.AddScoped<IUserDirectory, UserDirectory>();
        services.AddScoped<Application.DataProtection.IStaffRoles, StaffRoles>();
        services.AddSingleton<ICalendarInvitations, IcalCalendarInvitations>();
        services.AddSingleton<PickupFolderEmailSender>();
        services.AddSingleton<SmtpEmailSender>();
        services.AddSingleton<IEmailSender>(sp => string.IsNullOrWhiteSpace(sp.GetRequiredService<IOptions<MailOptions>>().Value.SmtpHost)
            ? sp.GetRequiredService<PickupFolderEmailSender>()
            : sp.GetRequiredService<SmtpEmailSender>());
        // SMS reminders (ADR 0038): the outbox folder unless a gateway is configured.
        services.Configure<Sms.SmsOptions>(configuration.GetSection(Sms.SmsOptions.Section));
        services.AddSingleton<Sms.OutboxSmsSender>();
        services.AddHttpClient<Sms.HttpSmsSender>(c => c.Timeout = TimeSpan.FromSeconds(20));
        services.AddTransient<ISmsSender>(sp => string.IsNullOrWhiteSpace(sp.GetRequiredService<IOptions<Sms.SmsOptions>>().Value.GatewayUrl)
            ? sp.GetRequiredService<Sms.OutboxSmsSender>()
            : sp.GetRequiredService<Sms.HttpSmsSender>());

        // Keys in the database, so several web instances accept each other's cookies and a restart signs nobody out.
        services.AddDataProtection().SetApplicationName("Caseload").PersistKeysToDbContext<CaseloadDbContext>();

        services.Configure<Pdf.PdfOptions>(configuration.GetSection(Pdf.PdfOptions.Section));
        services.AddSingleton<Application.Printing.IPdfRenderer, Pdf.ChromiumPdfRenderer>();
        services.AddSingleton<Pdf.PdfWarmUp>();
        services.AddHostedService(sp => sp.GetRequiredService<Pdf.PdfWarmUp>());
        services.AddHealthChecks().AddDbContextCheck<CaseloadDbContext>("database", tags: ["ready"])
            .AddCheck<Pdf.PdfRendererHealthCheck>("pdf", tags: ["ready"]);
        return services;
    }

    /// <summary>A query that loads several collections (a citizen's courses with their assignments and members, the
    /// documents section's agreements and meetings) stays one SQL command: the collections are a few rows each, and
    /// the query-count tests hold every page to a fixed number of commands. Saying so also keeps EF's warning about
    /// the unconfigured choice out of the production log. A query with a large collection can still ask AsSplitQuery().</summary>
    private const QuerySplittingBehavior OneQuery = QuerySplittingBehavior.SingleQuery;

    private static DatabaseOptions Database(IServiceProvider sp) => sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;

    /// <summary>data/caseload.db under the content root; the folder is created if missing.</summary>
    private static string DefaultSqliteConnectionString(IHostEnvironment environment)
    {
        var folder = Path.Combine(environment.ContentRootPath, "data");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "caseload.db")}";
    }
}
