using System.Globalization;
using System.Net;
using Caseload.Application.Common.Time;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.Extensions.Time.Testing;

namespace Caseload.Web.Tests.Caseload;

/// <summary>The CTI course page counts achieved contacts from the contact log by the stage they fell in.</summary>
public sealed class CtiIntensityTests : IAsyncLifetime
{
    // 23:59 Danish time on 31 March 2026 (summer time); Maria Jensen's nine months began 40 days before (demo data).
    private readonly SqliteAppFactory _app = new() { Clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 31, 21, 59, 0, TimeSpan.Zero)) };

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static async Task<(int Contact, int Phase1)> CountsAsync(TestClient client, Guid citizen)
    {
        var rows = (await client.GetPageAsync($"/borgere/{citizen}/cti")).QuerySelectorAll("#intensity tbody tr")
            .Select(r => r.QuerySelectorAll("td")[0].TextContent.Trim()).ToList();
        return (int.Parse(rows[0], CultureInfo.InvariantCulture), int.Parse(rows[1], CultureInfo.InvariantCulture));
    }

    private static async Task LogAsync(TestClient client, Guid citizen, DateTime local, bool achieved)
    {
        using var response = await client.PostFormAsync($"/borgere/{citizen}", [new("Contact.OccurredAt", local.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture)),
            new("Contact.Channel", "HomeVisit"), new("Contact.Achieved", achieved ? "true" : "false")], $"/borgere/{citizen}/kontakter");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task AchievedContactsCountInTheStageTheyFellIn()
    {
        var now = DanishTime.ToLocal(_app.Clock!.GetUtcNow().UtcDateTime);
        var maria = await _app.CitizenIdAsync("Maria Jensen");
        using var worker = TestClient.For(_app);
        await worker.SignInAsync("medarbejder1.cti@caseload.local");
        var (contact, phase1) = await CountsAsync(worker, maria);

        await LogAsync(worker, maria, now.AddMinutes(-1), achieved: true);   // today, late evening: phase 1
        await LogAsync(worker, maria, now.AddDays(-50), achieved: true);     // before the nine months: contact period
        await LogAsync(worker, maria, now.AddDays(-5), achieved: false);     // an attempt does not count
        await LogAsync(worker, maria, now.AddDays(-100), achieved: true);    // before the course: not counted

        (await CountsAsync(worker, maria)).ShouldBe((contact + 1, phase1 + 1));
    }
}
