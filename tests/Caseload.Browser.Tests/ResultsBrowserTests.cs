using Microsoft.Playwright;

namespace Caseload.Browser.Tests;

/// <summary>ACT's results and fidelity page (issue #29) at 1024×768, with axe: a manager finds it in the menu, narrows the
/// period, and follows an item to its definition.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ResultsBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task AManagerReadsTheActFiguresAndADefinitionAt1024x768()
    {
        var page = await browser.LoginAsync("leder@caseload.local", 1024, 768);
        await page.GetByRole(AriaRole.Button, new() { Name = "Resultater", Exact = true }).ClickAsync(); // the menu's drop-down (ADR 0039)
        await page.GetByRole(AriaRole.Link, new() { Name = "ACT-resultater", Exact = true }).ClickAsync();
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Resultater og metodetroskab – ACT");
        var rows = page.Locator("table.results-table tbody tr");
        (await rows.CountAsync()).ShouldBe(10);
        (await page.Locator("table.results-table svg[role=img]").CountAsync()).ShouldBe(10);
        (await page.Locator("table.results-table").InnerTextAsync()).ShouldNotContain("Ingen data endnu"); // H3 from the team meeting
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth")).ShouldBeFalse();
        await BrowserFixture.ScreenshotAsync(page, "47-resultater-act");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();

        // Any range, by the two date fields.
        await page.GetByLabel("Fra", new() { Exact = true }).FillAsync("2026-01-15");
        await page.GetByLabel("Til", new() { Exact = true }).FillAsync("2026-06-10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vis" }).ClickAsync();
        (await page.Locator("#periode").InnerTextAsync()).ShouldContain("01-01-2026 – 30-06-2026");

        await page.GetByRole(AriaRole.Link, new() { Name = "Definition af S1 Indsats i borgerens eget miljø" }).ClickAsync();
        (await page.Locator("#s1").InnerTextAsync()).ShouldContain("Forskel fra papirgennemgangen");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ATeamLeaderReadsTheCitizensResultsOpensTheListBehindAFigureAndReadsCtiFidelityAt1024x768()
    {
        var page = await browser.LoginAsync("teamleder.cti@caseload.local", 1024, 768);
        await page.GetByRole(AriaRole.Button, new() { Name = "Resultater", Exact = true }).ClickAsync(); // the menu's drop-down (ADR 0039)
        await page.GetByRole(AriaRole.Link, new() { Name = "Borgerresultater", Exact = true }).ClickAsync();
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Resultater for borgerne");
        (await page.Locator("#tabel-who5 caption").InnerTextAsync()).ShouldContain("WHO-5");
        (await page.Locator("#tabel-who5 thead").InnerTextAsync()).ShouldContain("Bedre (mindst 10 point op)");
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth")).ShouldBeFalse();
        await BrowserFixture.ScreenshotAsync(page, "50-resultater-borgere");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();

        // The leader's own team: the figure opens the list of its citizens.
        await page.Locator("#tabel-who5 a[href*='/liste']").First.ClickAsync();
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Borgerne bag tallet");
        (await page.Locator("#figur").InnerTextAsync()).ShouldContain("WHO-5");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();

        // CTI's fidelity items, from the menu: the items no data can show say so.
        await page.GetByRole(AriaRole.Button, new() { Name = "Resultater", Exact = true }).ClickAsync(); // the menu's drop-down (ADR 0039)
        await page.GetByRole(AriaRole.Link, new() { Name = "CTI-metodetroskab", Exact = true }).ClickAsync();
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Metodetroskab – CTI");
        (await page.Locator("#cti-fidelitet").InnerTextAsync()).ShouldContain("Ingen data:");
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth")).ShouldBeFalse();
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AnOutreachTeamLeaderReadsTheDeadlinesAndADefinitionAt1024x768()
    {
        var page = await browser.LoginAsync("teamleder.fs@caseload.local", 1024, 768);
        await page.GetByRole(AriaRole.Button, new() { Name = "Resultater", Exact = true }).ClickAsync(); // the menu's drop-down (ADR 0039)
        await page.GetByRole(AriaRole.Link, new() { Name = "FS-resultater", Exact = true }).ClickAsync();
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Resultater – fremskudt sagsbehandling");
        (await page.Locator("#fs-frister tbody tr").CountAsync()).ShouldBe(6);
        (await page.Locator("#fs-frister").InnerTextAsync()).ShouldContain("Kontakt til borgeren");
        (await page.Locator("#fs-tal").InnerTextAsync()).ShouldContain("90. percentil");
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth")).ShouldBeFalse();
        // The menu of an outreach team leader (eight entries) fits on one line, and so do the tables.
        (await page.EvaluateAsync<int>("() => document.querySelector('#hovedmenu').scrollWidth - document.querySelector('#hovedmenu').clientWidth")).ShouldBe(0);
        (await page.EvaluateAsync<string>("() => [...document.querySelectorAll('.table-responsive')].filter(d => d.scrollWidth > d.clientWidth).map(d => d.firstElementChild.id + ':' + d.scrollWidth + '/' + d.clientWidth).join(' ')")).ShouldBe("");
        await BrowserFixture.ScreenshotAsync(page, "51-resultater-fremskudt");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();

        await page.GetByRole(AriaRole.Link, new() { Name = "Definition af Udveksling af oplysninger dækket af et samtykke" }).ClickAsync();
        (await page.Locator("#def-samtykke").InnerTextAsync()).ShouldContain("Sådan beregnes det");

        // The print view of the same tables, with its own axe check.
        await page.GetByRole(AriaRole.Link, new() { Name = "Udskriv eller hent PDF" }).ClickAsync();
        (await page.Locator("#fs-frister tbody tr").CountAsync()).ShouldBe(6);
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        await page.Context.CloseAsync();
    }
}
