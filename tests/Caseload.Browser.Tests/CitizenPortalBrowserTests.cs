using Caseload.Infrastructure.CitizenPortal;
using Caseload.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Caseload.Browser.Tests;

/// <summary>The citizen's own view on a phone (issue #34, ADR 0042): the demo citizen signs in with the SMS code and the PIN, sees
/// the plan and the primary worker — large touch targets, no sideways scrolling, axe clean; the worker then sees the sign-in.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CitizenPortalBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task TheDemoCitizenSignsInOnAPhoneAndSeesTheirPlan()
    {
        var page = await browser.NewPageAsync(390, 844);
        await page.GotoAsync("/mig/log-ind");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        (await BrowserFixture.TooSmallForTouchAsync(page, "main form")).ShouldBeEmpty();
        await BrowserFixture.ScreenshotAsync(page, "60-mig-login");

        var sms = browser.App.SmsDirectory;
        var before = Directory.Exists(sms) ? Directory.GetFiles(sms, "*.txt").ToHashSet() : [];
        await page.GetByLabel("Dit mobilnummer").FillAsync("12 34 56 78");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send mig en kode" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var text = File.ReadAllText(Directory.GetFiles(sms, "*.txt").Single(f => !before.Contains(f)));
        var code = System.Text.RegularExpressions.Regex.Match(text, @"er (\d{6})").Groups[1].Value;
        await page.GetByLabel("Koden fra din SMS").FillAsync(code);
        await page.GetByLabel("Din pinkode").FillAsync(DemoCitizenAccess.Pin);
        (await BrowserFixture.TooSmallForTouchAsync(page, "main form")).ShouldBeEmpty();
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).ClickAsync();
        await page.WaitForURLAsync("**/mig");

        (await page.Locator("h1").InnerTextAsync()).ShouldStartWith("Hej");
        (await page.Locator("#mig-act-indsatsplan").InnerTextAsync()).ShouldContain("Mål:");
        (await page.Locator("#mig-medarbejder").InnerTextAsync()).ShouldNotContain("ingen fast medarbejder");
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth")).ShouldBeFalse();
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        await BrowserFixture.ScreenshotAsync(page, "61-mig-plan");
        await page.Context.CloseAsync();

        // The worker sees on the citizen page that the citizen has signed in.
        Guid citizen;
        await using (var scope = browser.App.Services.CreateAsyncScope())
            citizen = await scope.ServiceProvider.GetRequiredService<CaseloadDbContext>().CitizenAccesses
                .Where(a => a.Phone == DemoCitizenAccess.Phone).Select(a => a.CitizenId).SingleAsync();
        var worker = await browser.LoginAsync("teamleder.act@caseload.local", 1280, 900);
        await worker.GotoAsync($"/borgere/{citizen}");
        (await worker.Locator("#sidst-logget-ind").InnerTextAsync()).ShouldNotContain("aldrig");
        await worker.Locator("#borgeradgang-sektion summary").ClickAsync();
        (await BrowserFixture.AccessibilityViolationsAsync(worker)).ShouldBeEmpty();
        await worker.Locator("#borgeradgang-sektion").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.RepositoryRoot, "docs", "screenshots", "62-worker-citizen-access.png") });
        await worker.Context.CloseAsync();
    }
}
