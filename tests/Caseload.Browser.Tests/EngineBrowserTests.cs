using Microsoft.Playwright;

namespace Caseload.Browser.Tests;

/// <summary>The pages every engine contributes to (ADR 0023, ADR 0024): the citizen's timeline from the course event log,
/// the deadlines of all methods, and the citizen's print menu — on a tablet, with axe.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EngineBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task AWorkerFollowsTheTimelineTheDeadlinesAndThePrintMenuOnATablet()
    {
        var page = await browser.LoginAsync("medarbejder1.cti@caseload.local", 820, 1180); // a tablet in portrait
        await page.GetByRole(AriaRole.Button, new() { Name = "Vis eller skjul menu" }).ClickAsync(); // the menu folds on a tablet
        await page.GetByRole(AriaRole.Link, new() { Name = "Frister", Exact = true }).ClickAsync();
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Frister");
        (await page.Locator("#frister").InnerTextAsync()).ShouldContain("CTI:"); // the CTI engine's next transitions
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth")).ShouldBeFalse();
        await BrowserFixture.ScreenshotAsync(page, "35-frister-tablet");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();

        await page.Locator("#frister tbody tr td:nth-child(2) a").First.ClickAsync();
        var timeline = page.Locator("section[aria-labelledby=tidslinje]");
        (await timeline.Locator(".tidslinje li").CountAsync()).ShouldBeGreaterThan(0);
        (await timeline.InnerTextAsync()).ShouldContain("CTI"); // each row names its method
        await timeline.ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ScreenshotAsync(page, "36-tidslinje-tablet");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();

        await page.GetByRole(AriaRole.Link, new() { Name = "Alle udskrifter" }).ClickAsync();
        (await page.Locator("h1").InnerTextAsync()).ShouldStartWith("Udskrifter for");
        (await page.Locator("#udskriftsliste").InnerTextAsync()).ShouldContain("CTI-plan");
        await BrowserFixture.ScreenshotAsync(page, "37-udskrifter-tablet");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        await page.Context.CloseAsync();
    }
}
