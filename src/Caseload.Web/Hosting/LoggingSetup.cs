using Serilog;

namespace Caseload.Web.Hosting;

internal static class LoggingSetup
{
    /// <summary>Serilog from the "Serilog" configuration section. (Serilog.AspNetCore does not restore here,
    /// so Serilog is plugged into Microsoft.Extensions.Logging directly.)</summary>
    public static void AddCaseloadLogging(this WebApplicationBuilder builder)
    {
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
    }

    /// <summary>Honour ASPNETCORE_URLS / --urls; otherwise listen on a fixed local address.</summary>
    public static void UseDefaultUrlUnlessConfigured(this WebApplicationBuilder builder, string url)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]) && string.IsNullOrWhiteSpace(builder.Configuration["http_ports"]))
            builder.WebHost.UseUrls(url);
    }
}
