using Caseload.Domain.Auditing;
using Caseload.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Caseload.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class RoleBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("admin@caseload.local", "02-forside-administrator", "Administration")]
    [InlineData("leder@caseload.local", "02-forside-leder", "Ledelse")]
    [InlineData("teamleder.cti@caseload.local", "02-forside-teamleder", "Teamledelse")]
    [InlineData("medarbejder1.act@caseload.local", "02-forside-medarbejder", "Borgere")]
    public async Task EachRoleLandsOnItsStartPage(string email, string screenshot, string expectedCard)
    {
        var page = await browser.LoginAsync(email);
        (await page.Locator("h1").InnerTextAsync()).ShouldStartWith("Velkommen, ");
        (await page.Locator("main h2").AllInnerTextsAsync()).ShouldContain(expectedCard);
        await BrowserFixture.ScreenshotAsync(page, screenshot);
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        await page.Context.CloseAsync();
    }

    /// <summary>The browser runs in Danish (issue #27, item 19): the page's language and the date fields' own format,
    /// dd-mm-åååå, as the screenshot shows.</summary>
    [Fact]
    public async Task TheBrowserRunsInDanishSoDateFieldsShowTheDanishFormat()
    {
        var page = await browser.LoginAsync("admin@caseload.local", 1024, 768);
        (await page.EvaluateAsync<string>("navigator.language")).ShouldBe("da-DK");
        // Chromium draws native date fields in its UI locale, which it has only with Debian's chromium-l10n (LANGUAGE=da in the fixture).
        File.Exists("/usr/lib/chromium/locales/da.pak")
            .ShouldBeTrue("install chromium-l10n (scripts/setup-test-env.sh does), or the screenshots show US date fields");
        await page.GotoAsync("/admin/logning?From=2026-12-06");
        await page.Locator("#From").ScrollIntoViewIfNeededAsync();
        await page.Locator("form[role=search]").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.RepositoryRoot, "docs", "screenshots", "43-datofelt-dansk.png") });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AdministratorPagesAreAccessible()
    {
        var page = await browser.LoginAsync("admin@caseload.local");
        await page.GetByRole(AriaRole.Link, new() { Name = "Brugere", Exact = true }).First.ClickAsync();
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Brugere");
        await BrowserFixture.ScreenshotAsync(page, "03-admin-brugere");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();

        await page.GetByRole(AriaRole.Link, new() { Name = "Mette Andersen" }).ClickAsync();
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Mette Andersen");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();

        await page.GetByRole(AriaRole.Link, new() { Name = "Teams", Exact = true }).First.ClickAsync();
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Teams");
        (await page.Locator("tbody").InnerTextAsync()).ShouldContain("CTI-team Solbjerg");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();

        await page.GotoAsync("/admin/logning");
        await BrowserFixture.ScreenshotAsync(page, "04-admin-logning");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheTwoFactorPageShowsAScannableQrCode()
    {
        var page = await browser.LoginAsync("leder@caseload.local");
        await page.GetByRole(AriaRole.Link, new() { Name = "Lars Leder" }).ClickAsync();
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Min konto");
        var box = await page.Locator(".qr svg").BoundingBoxAsync();
        box.ShouldNotBeNull();
        box.Width.ShouldBeGreaterThan(150); // drawn at full size: no style was blocked by the CSP
        (await page.Locator("#authenticator-key").InnerTextAsync()).Length.ShouldBeGreaterThan(20);
        await BrowserFixture.ScreenshotAsync(page, "09-min-konto-2fa");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ACitizenVisitIsAuditedWithTheBrowsersAddress()
    {
        var page = await browser.LoginAsync("medarbejder1.cti@caseload.local");
        await page.GotoAsync("/borgere");
        await page.GetByRole(AriaRole.Link, new() { Name = "Maria Jensen" }).ClickAsync();
        (await page.Locator("#cpr").InnerTextAsync()).ShouldBe("050595-xxxx");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vis CPR" }).ClickAsync();
        (await page.Locator("#cpr").InnerTextAsync()).ShouldBe("050595-1402");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();

        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseloadDbContext>();
        var rows = await db.AuditEntries.Where(a => a.UserName == "medarbejder1.cti@caseload.local" && a.CitizenId != null).ToListAsync();
        rows.ShouldContain(a => a.Action == AuditAction.Viewed && a.IpAddress == "127.0.0.1");
        rows.ShouldContain(a => a.Action == AuditAction.RevealedCpr && a.IpAddress == "127.0.0.1");
        await page.Context.CloseAsync();
    }
}
