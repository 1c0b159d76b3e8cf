using Caseload.Domain.Courses;
using Caseload.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Caseload.Browser.Tests;

/// <summary>The insight package (issue #33 item 3, ADR 0052): the citizen's primary worker finds it on the citizen's print menu
/// ("Udskrifter") and opens it; axe clean.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DataProtectionBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task ThePrimaryWorkerProducesTheInsightPackageFromThePrintMenu()
    {
        Guid bent;
        string primary;
        await using (var scope = browser.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseloadDbContext>();
            bent = await db.Citizens.Where(c => c.Name == "Bent Kristensen").Select(c => c.Id).SingleAsync();
            var id = bent;
            primary = await db.Users.Where(u => db.Courses.Any(c => c.CitizenId == id && c.Status == CourseStatus.Active && c.PrimaryWorkerId == u.Id))
                .Select(u => u.Email!).FirstAsync();
        }
        var page = await browser.LoginAsync(primary);
        await page.GotoAsync($"/borgere/{bent}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Alle udskrifter" }).ClickAsync();
        var card = page.Locator("#indsigtspakke");
        (await card.InnerTextAsync()).ShouldContain("Indsigtspakke til borgeren");
        await card.ScrollIntoViewIfNeededAsync();
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        await BrowserFixture.ScreenshotAsync(page, "69-indsigt-udskrifter");

        await card.GetByRole(AriaRole.Link, new() { Name = "Vis indsigtspakke" }).ClickAsync();
        await page.WaitForURLAsync("**/indsigt");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Indsigtspakke");
        (await page.Locator("#indsigt-stamdata").InnerTextAsync()).ShouldContain("120367-xxxx");
        (await page.Locator("#indsigt-adgangslog").InnerTextAsync()).ShouldContain("Hentet");
    }
}
