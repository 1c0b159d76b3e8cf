using Caseload.Application.Printing;
using Caseload.Infrastructure.Pdf;
using Caseload.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Web.Tests.Printing;

/// <summary>Chromium starts in the background once the app is ready (issue #27, item 17), so the first PDF is not the
/// one that pays for it; with <c>Pdf:WarmUpAtStart=false</c> (the test apps' default) nothing starts.</summary>
public sealed class PdfWarmUpTests
{
    [Fact]
    public async Task TheRendererIsStartedOnceTheAppIsReadyWithoutAnyoneAskingForAPdf()
    {
        await using var app = new SqliteAppFactory();
        app.Settings["Pdf:WarmUpAtStart"] = "true";
        using var client = TestClient.For(app);
        using var ready = await client.GetAsync("/health/ready"); // starts the app; no PDF is asked for
        ready.EnsureSuccessStatusCode();

        await app.Services.GetRequiredService<PdfWarmUp>().Running.WaitAsync(TimeSpan.FromSeconds(60));
        app.Services.GetRequiredService<IPdfRenderer>().State.Started.ShouldBeTrue("Chromium was started by the warm-up");
    }

    [Fact]
    public async Task WithTheWarmUpOffNoChromiumIsStarted()
    {
        await using var app = new SqliteAppFactory();
        using var client = TestClient.For(app);
        using var ready = await client.GetAsync("/health/ready");
        ready.EnsureSuccessStatusCode();

        app.Services.GetRequiredService<PdfWarmUp>().Running.IsCompleted.ShouldBeTrue();
        app.Services.GetRequiredService<IPdfRenderer>().State.Started.ShouldBeFalse();
    }
}
