using Serilog;
using Serilog.Extensions.Logging;

namespace Caseload.Web.Hosting;

internal static class LoggingSetup
{
    /// <summary>Serilog from the "Serilog" configuration section. (Serilog.AspNetCore does not restore here,
    /// so Serilog is plugged into Microsoft.Extensions.Logging directly.)</summary>
    public static void AddCaseloadLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        // Built from the final configuration (resolved from the container), so every source counts.
        builder.Services.AddSingleton<ILoggerProvider>(sp => new SerilogLoggerProvider(
            new LoggerConfiguration()
                .ReadFrom.Configuration(sp.GetRequiredService<IConfiguration>())
                .Enrich.FromLogContext()
                .CreateLogger(),
            dispose: true));
    }

    /// <summary>Honour ASPNETCORE_URLS / --urls; otherwise listen on a fixed local address.</summary>
    public static void UseDefaultUrlUnlessConfigured(this WebApplicationBuilder builder, string url)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]) && string.IsNullOrWhiteSpace(builder.Configuration["http_ports"]))
            builder.WebHost.UseUrls(url);
    }
}
