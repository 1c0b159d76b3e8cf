using Caseload.Infrastructure.Persistence;
using Caseload.Infrastructure.Seeding;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Caseload.Web.Hosting;

internal static class StartupBanner
{
    /// <summary>Starts the app and tells a newcomer where to browse and how to log in.</summary>
    public static async Task RunWithStartupBannerAsync(this WebApplication app)
    {
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var db = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var demo = app.Environment.IsDevelopment() || (db.SeedDemoData && !app.Environment.IsProduction());
        var lines = new List<string> { "", "  Caseload kører.", $"  Åbn: {string.Join(", ", addresses)}" };
        if (demo)
        {
            lines.Add($"  Demo-login: fx teamleder.cti@caseload.local / {DemoDataSeeder.DemoPassword}");
            lines.Add("  (alle demo-brugere står i README.md; samme adgangskode)");
        }
        lines.Add("  Stop med Ctrl+C.");
        lines.Add("");
        Console.WriteLine(string.Join(Environment.NewLine, lines));
        await app.WaitForShutdownAsync();
    }
}
