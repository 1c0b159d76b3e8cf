using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Web.Tests.Act;

/// <summary>The demo ACT team has a worker with lived experience (issue #30 item 5, domain.md §7) with visits in this week's
/// view whatever the day and hour the demo is seeded: Sunday 23:59, Monday 00:05, Wednesday 14:59, and the Saturday before
/// summer time ends at 09:00.</summary>
public sealed class DemoPeerWorkerTests
{
    [Theory]
    [InlineData("2026-12-13", 23, 59)]
    [InlineData("2026-12-14", 0, 5)]
    [InlineData("2026-12-09", 14, 59)]
    [InlineData("2026-10-24", 9, 0)]
    public async Task ThePeerWorkerHasVisitsInTheDemoWeek(string day, int hour, int minute)
    {
        await using var app = SmsScenario.NewApp<SqliteAppFactory>(SmsScenario.Danish(day, hour, minute));
        var team = await app.QueryAsync(db => db.Teams.Where(t => t.Name == "ACT-team Solbjerg").Select(t => t.Id).SingleAsync());
        (await app.QueryAsync(db => db.TeamMembers.Where(m => m.TeamId == team && m.Discipline == "Medarbejder med brugerbaggrund").CountAsync())).ShouldBe(1);

        using var client = TestClient.For(app);
        await client.SignInAsync("medarbejder4.act@caseload.local");
        var week = await client.GetPageAsync($"/act/teams/{team}/besoeg");
        var visits = week.QuerySelectorAll("#ugeplan .besoeg").Where(v => v.TextContent.Contains("Jamal Rasmussen, Medarbejder med brugerbaggrund", StringComparison.Ordinal)).ToList();
        visits.Count.ShouldBeGreaterThanOrEqualTo(1, $"{day} {hour:00}:{minute:00}");
        var row = week.QuerySelectorAll("#medarbejder-uge tbody tr").Single(r => r.TextContent.Contains("Jamal Rasmussen", StringComparison.Ordinal));
        row.TextContent.ShouldContain("Medarbejder med brugerbaggrund");
        // His own week on the start page.
        (await client.GetPageAsync("/")).GetElementById("min-uge")!.QuerySelectorAll(".mit-besoeg").Length.ShouldBeGreaterThanOrEqualTo(1);
    }
}
