using System.Net;
using Caseload.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Web.Tests.Operations;

/// <summary>OpenTelemetry metrics for Prometheus on a management port of their own (issue #32 item 4, ADR 0046).</summary>
public sealed class MetricsTests : IAsyncLifetime
{
    private const int ManagementPort = 9464;
    private readonly SqliteAppFactory _app = new();

    public MetricsTests() => _app.Settings["Metrics:Port"] = ManagementPort.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task TheScrapeEndpointAnswersOnTheManagementPortOnlyWithRequestsSqlSignInFailuresAndJobs()
    {
        using var user = TestClient.For(_app);
        using (var failed = await user.LoginAsync("admin@caseload.local", "forkert-adgangskode-123")) failed.StatusCode.ShouldBe(HttpStatusCode.OK);
        await user.SignInAsync("admin@caseload.local");
        (await user.GetAsync("/borgere")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await TestJobs.WaitForRunsAsync(_app, Features.Drafts.DraftExpiryJob.Key, 1);

        // On the users' port the endpoint does not exist — not even for a signed-in administrator.
        using (var onUserPort = await user.GetAsync("/metrics")) onUserPort.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var management = _app.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri($"http://localhost:{ManagementPort}"), AllowAutoRedirect = false, HandleCookies = false,
        });
        using var scrape = await management.GetAsync(new Uri("/metrics", UriKind.Relative));
        scrape.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await scrape.Content.ReadAsStringAsync();
        text.ShouldContain("http_server_request_duration_seconds"); // ASP.NET Core requests and their durations
        text.ShouldContain("caseload_sql_commands");
        text.ShouldContain("caseload_signin_failures");
        text.ShouldContain("caseload_job_runs");
        text.ShouldNotContain("admin@caseload.local"); // no personal data in tags
    }

    [Fact]
    public async Task ReadinessIncludesTheScheduler()
    {
        using var client = TestClient.For(_app);
        using var ready = await client.GetAsync("/health/ready");
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        var registrations = _app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckServiceOptions>>()
            .Value.Registrations;
        registrations.ShouldContain(r => r.Name == "jobs" && r.Tags.Contains("ready"));
    }
}
