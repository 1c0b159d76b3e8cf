using System.Globalization;
using System.Net;
using Caseload.Application.Common.Time;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.Extensions.Time.Testing;

namespace Caseload.Web.Tests.Caseload;

/// <summary>
/// The board and Mine borgere read the last achieved contact from a summary column (issue #10), not from the
/// log: logging a contact must move it — forwards only, and only for an achieved contact.
/// </summary>
public abstract class LastContactSummaryTests<TApp> : IAsyncLifetime where TApp : CaseloadAppFactory, new()
{
    // 14:59 Danish time on an ordinary weekday; Henrik Friis was last seen 36 days before (demo data).
    private readonly TApp _app = new() { Clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 11, 13, 59, 0, TimeSpan.Zero)) };

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<string> HenrikOnMineBorgereAsync(TestClient worker)
        => (await worker.GetPageAsync("/mine-borgere")).QuerySelectorAll("#mine-borgere tbody tr")
            .Single(r => r.TextContent.Contains("Henrik Friis", StringComparison.Ordinal)).TextContent;

    private static async Task LogAsync(TestClient worker, Guid citizen, int daysAgo, bool achieved, DateTime localNow)
    {
        var at = localNow.AddDays(-daysAgo).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        using var response = await worker.PostFormAsync($"/borgere/{citizen}", [new("Contact.OccurredAt", at),
            new("Contact.Channel", "Phone"), new("Contact.Achieved", achieved ? "true" : "false")], $"/borgere/{citizen}/kontakter");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task OnlyANewerAchievedContactMovesTheDaysSinceContact()
    {
        var localNow = DanishTime.ToLocal(_app.Clock!.GetUtcNow().UtcDateTime);
        var henrik = await _app.CitizenIdAsync("Henrik Friis");
        using var worker = TestClient.For(_app);
        await worker.SignInAsync("medarbejder1.act@caseload.local");
        (await HenrikOnMineBorgereAsync(worker)).ShouldContain("36 dage");

        await LogAsync(worker, henrik, daysAgo: 0, achieved: false, localNow); // an attempt is not contact
        (await HenrikOnMineBorgereAsync(worker)).ShouldContain("36 dage");

        await LogAsync(worker, henrik, daysAgo: 2, achieved: true, localNow);
        (await HenrikOnMineBorgereAsync(worker)).ShouldContain("2 dage");

        await LogAsync(worker, henrik, daysAgo: 40, achieved: true, localNow); // written up late: older, so no change
        (await HenrikOnMineBorgereAsync(worker)).ShouldContain("2 dage");

        using var leader = TestClient.For(_app);
        await leader.SignInAsync("teamleder.act@caseload.local");
        (await leader.GetPageAsync("/tavle")).QuerySelectorAll("tbody tr")
            .Single(r => r.TextContent.Contains("Henrik Friis", StringComparison.Ordinal)).TextContent.ShouldContain("2 dage");
    }
}

public sealed class LastContactSummaryTestsOnSqlite : LastContactSummaryTests<SqliteAppFactory>;
public sealed class LastContactSummaryTestsOnPostgres : LastContactSummaryTests<PostgresAppFactory>;
