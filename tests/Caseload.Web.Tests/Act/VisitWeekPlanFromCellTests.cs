using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Caseload.Web.Tests.Act;

/// <summary>Planning from a day cell of the week view (issue #30 item 2) without script: the cell's link opens the same week
/// with the plan form filled with that citizen and day and the focus on the worker; a past day or a citizen of another team
/// fills nothing. Wednesday 09-12-2026 at 09:00.</summary>
public sealed class VisitWeekPlanFromCellTests : IAsyncLifetime
{
    private readonly SqliteAppFactory _app = SmsScenario.NewApp<SqliteAppFactory>(SmsScenario.Danish("2026-12-09", 9, 0));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task ADayCellsLinkFillsThePlanFormWithTheCitizenAndTheDay()
    {
        var team = await _app.QueryAsync(db => db.Teams.Where(t => t.Name == "ACT-team Solbjerg").Select(t => t.Id).SingleAsync());
        var kim = await _app.CitizenIdAsync("Kim Dahl");
        var ahmed = await _app.CitizenIdAsync("Ahmed Hassan"); // the CTI team's
        var url = $"/act/teams/{team}/besoeg";
        using var client = TestClient.For(_app);
        await client.SignInAsync("medarbejder3.act@caseload.local");

        var week = await client.GetPageAsync(url);
        var row = week.GetElementById($"borger-{kim}")!;
        var cells = row.QuerySelectorAll("td");
        cells[0].QuerySelector("a.planlaeg-her").ShouldBeNull(); // Monday has passed
        var link = cells[2].QuerySelector("a.planlaeg-her")!; // Wednesday, today
        link.TextContent.ShouldContain("Planlæg besøg hos Kim Dahl onsdag 09-12.");
        link.GetAttribute("href").ShouldBe($"{url}?uge=2026-W50&borger={kim}&dato=2026-12-09#planlaeg-besoeg");
        week.GetElementById("Visit_WorkerId")!.HasAttribute("autofocus").ShouldBeFalse();

        var filled = await client.GetPageAsync($"{url}?uge=2026-W50&borger={kim}&dato=2026-12-11");
        filled.QuerySelector("#Visit_CitizenId option[selected]")!.GetAttribute("value").ShouldBe(kim.ToString());
        filled.GetElementById("Visit_Date")!.GetAttribute("value").ShouldBe("2026-12-11");
        filled.GetElementById("Visit_WorkerId")!.HasAttribute("autofocus").ShouldBeTrue();
        filled.GetElementById("plan-valgt")!.TextContent.ShouldContain("Planlæg besøg hos Kim Dahl 11-12-2026.");

        foreach (var ignored in new[] { $"borger={kim}&dato=2026-12-07", $"borger={ahmed}&dato=2026-12-10", $"borger={kim}&dato=ikke-en-dato" })
        {
            var page = await client.GetPageAsync($"{url}?uge=2026-W50&{ignored}");
            page.GetElementById("Visit_WorkerId")!.HasAttribute("autofocus").ShouldBeFalse(ignored);
            page.GetElementById("plan-valgt")!.TextContent.Trim().ShouldBeEmpty(ignored);
            page.Body!.TextContent.ShouldNotContain("Ahmed Hassan");
        }
    }
}
