using System.Net;
using Caseload.Domain.Teams;
using Caseload.TestSupport;

namespace Caseload.Web.Tests.Api;

/// <summary>Each client has its own request budget per minute (ADR 0049): past it, 429 with Retry-After, other clients unaffected.</summary>
public sealed class ApiRateLimitTests : IAsyncLifetime
{
    private readonly SqliteAppFactory _app = new() { Settings = { ["Api:RequestsPerMinute"] = "3" } };

    public Task InitializeAsync() => Task.CompletedTask;
    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task AClientPastItsLimitGets429WithRetryAfterAndOthersAreNotSlowed()
    {
        var busy = await _app.RegisterAsync(Method.Outreach, name: "Travl");
        var calm = await _app.RegisterAsync(Method.Outreach, name: "Rolig");
        using var http = await _app.SignedInAsync(busy.Id, busy.Secret);
        for (var i = 0; i < 3; i++) (await http.GetAsync("/api/v1/feed")).StatusCode.ShouldBe(HttpStatusCode.OK, $"request {i + 1}");

        using var refused = await http.GetAsync("/api/v1/feed");
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ShouldBeInRange(1, 60);
        (await refused.JsonAsync()).GetProperty("title").GetString().ShouldBe("For mange forespørgsler");

        using var other = await _app.SignedInAsync(calm.Id, calm.Secret);
        (await other.GetAsync("/api/v1/feed")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
