using Caseload.Infrastructure.Jobs;
using Caseload.Infrastructure.Metrics;
using OpenTelemetry.Metrics;

namespace Caseload.Web.Hosting;

/// <summary>The "Metrics" configuration section (ADR 0046).</summary>
public sealed class MetricsOptions
{
    public const string Section = "Metrics";
    /// <summary>The management port the Prometheus endpoint answers on; metrics are off while it is empty.</summary>
    public int? Port { get; set; }
    /// <summary>The address the management port listens on: "localhost", an internal interface's address, or "+" for all.</summary>
    public string Address { get; set; } = "+";
    public string Path { get; set; } = "/metrics";
}

/// <summary>OpenTelemetry metrics for Prometheus on a port of their own (ADR 0046): ASP.NET Core's request counts and
/// durations, Kestrel's connections, and the app's meters (SQL commands, PDF renders, sign-in failures, job runs). The
/// scrape endpoint answers only requests that arrived on the management port; on the users' port it does not exist (404).</summary>
internal static class MetricsSetup
{
    public static void AddCaseloadMetrics(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(MetricsOptions.Section).Get<MetricsOptions>() ?? new MetricsOptions();
        if (options.Port is not { } port) return;
        builder.Services.AddOpenTelemetry().WithMetrics(m => m
            .AddAspNetCoreInstrumentation()
            .AddMeter("Microsoft.AspNetCore.Server.Kestrel", CaseloadMetrics.MeterName, JobMetrics.MeterName)
            .AddPrometheusExporter());
        // Listen on the management port besides the users' address(es).
        var urls = builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey);
        if (!string.IsNullOrWhiteSpace(urls)) builder.WebHost.UseUrls($"{urls};http://{options.Address}:{port}");
    }

    public static void MapCaseloadMetrics(this WebApplication app)
    {
        var options = app.Configuration.GetSection(MetricsOptions.Section).Get<MetricsOptions>() ?? new MetricsOptions();
        if (options.Port is not { } port) return;
        app.MapPrometheusScrapingEndpoint(options.Path).RequireHost($"*:{port}").AllowAnonymous().ShortCircuit();
    }
}
