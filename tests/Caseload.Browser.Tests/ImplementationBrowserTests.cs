using Microsoft.Playwright;

namespace Caseload.Browser.Tests;

/// <summary>The organisation's side of the implementation, clicked through as a leader would on a tablet: partners and an
/// agreement with its signed PDF, the steering group and implementation team, a reflection day whose action goes into the plan,
/// a role description found from the board, and a drop-in group activity's attendance; screenshots for README.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ImplementationBrowserTests(BrowserFixture browser)
{
    private static readonly byte[] SignedPdf = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    [Fact]
    public async Task ALeaderAddsAnAgreementWithItsSignedPdfAndSeesTheReviewReminder()
    {
        var page = await browser.LoginAsync("leder@caseload.local", 1024, 768);
        (await page.Locator("#aftaler-til-revision").InnerTextAsync()).ShouldContain("skal revideres snart");
        await page.GetByRole(AriaRole.Link, new() { Name = "Samarbejdspartnere og aftaler" }).ClickAsync();
        (await page.Locator("#revision-paamindelse").InnerTextAsync()).ShouldContain("Samarbejdsaftale om ACT-borgere");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        await page.GetByRole(AriaRole.Link, new() { Name = "Jobcenter Solbjerg" }).ClickAsync();

        await page.Locator("#aftaler-sektion summary").ClickAsync();
        await page.GetByLabel("Titel").FillAsync("Aftale om fælles indsats for borgere uden for arbejdsmarkedet");
        await page.GetByLabel("Revideres senest").FillAsync("2030-06-30");
        await page.GetByLabel("Gælder fra").FillAsync("2026-01-01");
        await page.GetByLabel("Parter").FillAsync("Socialcentret og Jobcenter Solbjerg");
        await page.GetByLabel("Det aftalte").FillAsync("Fælles første møde inden for 10 arbejdsdage.");
        // A file over 10 MB is refused in the browser before anything is sent, so the typed form stays.
        await page.Locator("#aftale-fil").SetInputFilesAsync(new FilePayload { Name = "Stor scanning.pdf", MimeType = "application/pdf", Buffer = new byte[10 * 1024 * 1024 + 1] });
        (await page.Locator("#aftale-fil-for-stor").InnerTextAsync()).ShouldStartWith("Filen er større end 10 MB");
        (await page.Locator("#aftale-fil").InputValueAsync()).ShouldBeEmpty();
        await page.Locator("#aftale-fil").SetInputFilesAsync(new FilePayload { Name = "Aftale jobcenter.pdf", MimeType = "application/pdf", Buffer = SignedPdf });
        (await page.Locator("#aftale-fil-for-stor").IsHiddenAsync()).ShouldBeTrue();
        (await BrowserFixture.TooSmallForTouchAsync(page, "#ny-aftale")).ShouldBeEmpty();
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem aftalen" }).ClickAsync();

        (await page.Locator("[role=status]").First.InnerTextAsync()).ShouldContain("gemt");
        var card = page.Locator(".partneraftale", new() { HasText = "Aftale om fælles indsats" });
        var download = await page.RunAndWaitForDownloadAsync(() => card.GetByRole(AriaRole.Link, new() { Name = "Hent den underskrevne aftale (Aftale jobcenter.pdf)" }).ClickAsync());
        download.SuggestedFilename.ShouldBe("Aftale jobcenter.pdf");
        (await File.ReadAllBytesAsync((await download.PathAsync())!)).ShouldBe(SignedPdf);
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        await card.GetByRole(AriaRole.Link, new() { Name = "Redigér" }).ClickAsync();
        (await page.GetByLabel("Titel").InputValueAsync()).ShouldBe("Aftale om fælles indsats for borgere uden for arbejdsmarkedet");
        (await BrowserFixture.TooSmallForTouchAsync(page, "#aftale-form")).ShouldBeEmpty();
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        await page.GotoAsync("/samarbejdspartnere");
        await page.GetByRole(AriaRole.Link, new() { Name = "Distriktspsykiatrien Solbjerg" }).ClickAsync();
        await BrowserFixture.ScreenshotAsync(page, "30-samarbejdspartner");
    }

    [Fact]
    public async Task AManagerHoldsAReflectionDayAndPutsAnActionIntoThePlan()
    {
        var page = await browser.LoginAsync("leder@caseload.local", 1024, 768);
        await page.GotoAsync("/implementering");
        await page.GetByRole(AriaRole.Link, new() { Name = "Socialpsykiatrien Solbjerg" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Styregruppe, team og møder" }).ClickAsync();
        (await page.Locator("#naeste-teammoede").InnerTextAsync()).ShouldContain("næste møde senest");
        (await page.Locator("#medlemmer").Locator("xpath=..").InnerTextAsync()).ShouldContain("Styregruppe");
        (await BrowserFixture.TooSmallForTouchAsync(page, "#grupper-form")).ShouldBeEmpty();
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        await BrowserFixture.ScreenshotAsync(page, "31-styregruppe-og-team");

        await page.GetByRole(AriaRole.Link, new() { Name = "Socialpsykiatrien Solbjerg" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Refleksionsdage" }).ClickAsync();
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        await page.GetByRole(AriaRole.Button, new() { Name = "Opret" }).ClickAsync();
        (await page.Locator("#refleksion-tal").InnerTextAsync()).ShouldContain("Borgere pr. årsværk");
        await page.GetByLabel("Læringspunkter").FillAsync("Vi holder teammøderne, men ikke altid med fælles dagsorden.");
        await page.GetByLabel("Handling 1", new() { Exact = true }).FillAsync("Skabelon til dagsorden for teammøder");
        await page.GetByLabel("Ansvarlig, handling 1").FillAsync("Teamlederen");
        (await BrowserFixture.TooSmallForTouchAsync(page, "#refleksion-form")).ShouldBeEmpty();
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem refleksionsdagen" }).ClickAsync();
        await page.Locator(".refleksion-handling", new() { HasText = "Skabelon til dagsorden for teammøder" }).GetByRole(AriaRole.Button).ClickAsync();
        (await page.Locator("[role=status]").First.InnerTextAsync()).ShouldBe("Handlingen er føjet til implementeringsplanen.");
        (await page.Locator(".refleksion-handling").InnerTextAsync()).ShouldContain("I implementeringsplanen siden");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        await BrowserFixture.ScreenshotAsync(page, "32-refleksionsdag");
        await page.GetByRole(AriaRole.Link, new() { Name = "Udskriv mødeguiden" }).ClickAsync();
        (await page.Locator("main").InnerTextAsync()).ShouldContain("Skabelon til dagsorden for teammøder");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        await page.GoBackAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Socialpsykiatrien Solbjerg" }).First.ClickAsync();
        (await page.Locator("#aktiviteter").InnerTextAsync()).ShouldContain("Skabelon til dagsorden for teammøder");
    }

    [Fact]
    public async Task ATeamLeaderOpensTheNursesRoleDescriptionFromTheBoard()
    {
        var page = await browser.LoginAsync("teamleder.act@caseload.local", 1024, 768);
        await page.GotoAsync("/tavle");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sygeplejerske" }).First.ClickAsync();
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Sygeplejerske");
        (await page.GetByLabel("Udredning og indsatsplan").InputValueAsync()).ShouldNotBeEmpty();
        (await BrowserFixture.TooSmallForTouchAsync(page, "#rollebeskrivelse-form")).ShouldBeEmpty();
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        await BrowserFixture.ScreenshotAsync(page, "33-rollebeskrivelse");
        await page.GetByRole(AriaRole.Link, new() { Name = "Udskriv rollebeskrivelsen" }).ClickAsync();
        (await page.Locator("main").InnerTextAsync()).ShouldContain("Medicinopfølgning");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        await page.GotoAsync("/rollebeskrivelser");
        (await page.Locator(".rollebeskrivelser").InnerTextAsync()).ShouldContain("Sygeplejerske");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
    }

    [Fact]
    public async Task ATeamLeaderRecordsAttendanceAtTheItCourse()
    {
        var page = await browser.LoginAsync("teamleder.fs@caseload.local", 1024, 768);
        await page.GotoAsync("/vaeresteder");
        await page.GetByRole(AriaRole.Link, new() { Name = "Værestedet Lyset", Exact = true }).ClickAsync();
        var course = page.Locator(".gruppeaktivitet", new() { HasText = "IT-kursus" });
        (await course.InnerTextAsync()).ShouldContain("3 gange, 15 fremmødte i alt, gennemsnitligt 5 pr. gang");
        (await BrowserFixture.TooSmallForTouchAsync(page, "#aktiviteter-sektion")).ShouldBeEmpty();
        await course.GetByLabel("Fremmødte").FillAsync("7");
        await course.GetByRole(AriaRole.Button, new() { Name = "Registrér fremmøde" }).ClickAsync();
        course = page.Locator(".gruppeaktivitet", new() { HasText = "IT-kursus" });
        (await course.InnerTextAsync()).ShouldContain("4 gange, 22 fremmødte i alt");
        page.Dialog += async (_, dialog) => { dialog.Message.ShouldContain("(7 fremmødte)"); await dialog.DismissAsync(); }; // asked first, and kept
        await course.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Slet") }).First.ClickAsync();
        (await page.Locator(".gruppeaktivitet", new() { HasText = "IT-kursus" }).InnerTextAsync()).ShouldContain("4 gange, 22 fremmødte i alt");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        await course.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.RepositoryRoot, "docs", "screenshots", "34-gruppeaktivitet.png") });
    }
}
