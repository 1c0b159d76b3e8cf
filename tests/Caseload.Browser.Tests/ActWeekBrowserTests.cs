using Microsoft.Playwright;

namespace Caseload.Browser.Tests;

/// <summary>The ACT team's week on a tablet (ADR 0032): the team leader plans a team meeting, reviews a citizen in
/// intensified support with a task for a worker, and the citizen page shows the intensified support — with axe.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ActWeekBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task TheLeaderPlansATeamMeetingAndReviewsACitizenWithATaskOnATablet()
    {
        var page = await browser.LoginAsync("teamleder.act@caseload.local", 820, 1180); // a tablet in portrait
        await page.GetByRole(AriaRole.Button, new() { Name = "Vis eller skjul menu" }).ClickAsync(); // the menu folds on a tablet
        await page.GetByRole(AriaRole.Button, new() { Name = "ACT-teamet", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Teammøde", Exact = true }).ClickAsync();
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Teammøder");
        (await page.Locator("#afholdte-moeder").InnerTextAsync()).ShouldContain("Referat"); // last week's meeting, from the demo
        await page.GetByLabel("Sted").FillAsync("Mødelokalet, Solbjerg Sundhedshus");
        await page.GetByRole(AriaRole.Button, new() { Name = "Planlæg mødet" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        page.Url.ShouldMatch("/teammoeder/[0-9a-f-]{36}$", await page.Locator("main").InnerTextAsync()); // the form's messages, if refused
        (await page.Locator("h1").InnerTextAsync()).ShouldStartWith("Teammøde ");
        (await page.Locator("[role=status]").InnerTextAsync()).ShouldContain("Teammødet er planlagt.");

        var kim = page.Locator("article.dagsorden-borger", new() { HasText = "Kim Dahl" });
        (await kim.Locator(".aarsager").InnerTextAsync()).ShouldContain("Skærpet indsats");
        await kim.GetByLabel("Kort note").FillAsync("Sover bedre. Har haft tre besøg denne uge.");
        await kim.GetByLabel("Beslutninger").FillAsync("Fortsæt skærpet indsats til næste møde.");
        await kim.GetByLabel("Borgeren deltog i mødet").CheckAsync();
        await kim.GetByLabel("Opgave 1", new() { Exact = true }).FillAsync("Ring til egen læge om medicinen");
        await kim.GetByLabel("Ansvarlig for opgave 1").SelectOptionAsync(new SelectOptionValue { Label = "Mette Andersen" });
        await kim.GetByLabel("Frist for opgave 1").FillAsync(DateTime.Today.AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await kim.GetByRole(AriaRole.Button, new() { Name = "Gem gennemgang" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        (await page.Locator("[role=status]").InnerTextAsync()).ShouldContain("Gennemgangen er gemt.");
        kim = page.Locator("article.dagsorden-borger", new() { HasText = "Kim Dahl" });
        (await kim.Locator(".gennemgaaet").CountAsync()).ShouldBe(1);
        (await kim.Locator(".opgaver").InnerTextAsync()).ShouldContain("Ring til egen læge om medicinen — Mette Andersen");
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth")).ShouldBeFalse();
        await BrowserFixture.ScreenshotAsync(page, "44-teammoede-tablet");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();

        await kim.GetByRole(AriaRole.Link, new() { Name = "Kim Dahl" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var section = page.Locator("#skaerpet-indsats-sektion");
        (await section.InnerTextAsync()).ShouldContain("Akut psykisk krise");
        await section.ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ScreenshotAsync(page, "45-skaerpet-indsats-tablet");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        await page.Context.CloseAsync();

        // The task is on Mette's start page.
        var mette = await browser.LoginAsync("medarbejder1.act@caseload.local", 820, 1180);
        (await mette.Locator("#mine-opgaver-sektion").InnerTextAsync()).ShouldContain("Ring til egen læge om medicinen");
        await BrowserFixture.ScreenshotAsync(mette, "46-forside-teammoede-opgave-tablet");
        (await BrowserFixture.AccessibilityViolationsAsync(mette)).ShouldBeEmpty();
        await mette.Context.CloseAsync();
    }
}
