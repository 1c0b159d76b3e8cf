using System.Security.Claims;
using Serilog;
using Serilog.Events;

namespace Caseload.Web.Hosting;

internal static class LoggingSetup
{
    /// <summary>Serilog (Serilog.AspNetCore) from the "Serilog" configuration section, read from the built
    /// container so every configuration source counts. The sinks sit behind Serilog.Sinks.Async (appsettings),
    /// so writing a log line does not dominate a cheap request.</summary>
    public static void AddCaseloadLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        // preserveStaticLogger: the app's logger lives in its container, not in the static Log.Logger (several
        // hosts in one process — the tests — must not write into each other's files).
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(services.GetRequiredService<IConfiguration>())
            .ReadFrom.Services(services)
            .Enrich.FromLogContext(), preserveStaticLogger: true);
    }

    /// <summary>
    /// One log line per request: method, path, status, elapsed ms, user id (and the correlation id from the log
    /// context). Deliberately never the query string or the body: searches (by CPR) and forms carry sensitive
    /// personal data. Serilog's RequestPath is the path only.
    /// </summary>
    public static void UseCaseloadRequestLogging(this WebApplication app)
        => app.UseSerilogRequestLogging(o =>
        {
            o.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            o.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms (user {UserId})";
            o.IncludeQueryInRequestPath = false;
            o.GetLevel = (http, _, exception) =>
                exception is not null || http.Response.StatusCode >= 500 ? LogEventLevel.Error : LogEventLevel.Information;
            o.EnrichDiagnosticContext = (diagnostics, http) =>
                diagnostics.Set("UserId", http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "-");
        });

    /// <summary>Honour ASPNETCORE_URLS / --urls; otherwise listen on a fixed local address.</summary>
    public static void UseDefaultUrlUnlessConfigured(this WebApplicationBuilder builder, string url)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]) && string.IsNullOrWhiteSpace(builder.Configuration["http_ports"]))
            builder.WebHost.UseUrls(url);
    }
}
