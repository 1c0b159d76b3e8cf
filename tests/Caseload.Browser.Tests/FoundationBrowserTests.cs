using Microsoft.Playwright;

namespace Caseload.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class FoundationBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task AnonymousVisitorIsSentToTheDanishLoginPage()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        page.Url.ShouldStartWith(browser.BaseUrl + "/konto/log-ind");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Log ind");
        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe("da");
        await BrowserFixture.ScreenshotAsync(page, "01-log-ind");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
    }

    [Fact]
    public async Task SkipLinkIsTheFirstThingTheKeyboardReaches()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/konto/glemt-adgangskode"); // (the login page puts focus in the e-mail field)
        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("document.activeElement.outerHTML")).ShouldContain("Gå til indhold");
        await page.Keyboard.PressAsync("Enter");
        (await page.EvaluateAsync<string>("document.activeElement.id")).ShouldBe("indhold");
    }

    [Fact]
    public async Task LoginPageFitsAPhoneWithoutSidewaysScrolling()
    {
        var page = await browser.NewPageAsync(390, 844);
        await page.GotoAsync("/konto/log-ind");
        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");
        overflow.ShouldBeFalse();
        await BrowserFixture.ScreenshotAsync(page, "01-log-ind-mobil");
    }
}
