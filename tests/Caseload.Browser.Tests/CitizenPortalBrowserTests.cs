using Caseload.Infrastructure.CitizenPortal;
using Caseload.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Caseload.Browser.Tests;

/// <summary>The citizen's own view on a phone (issue #34, ADR 0042): the demo citizen signs in with the SMS code and the PIN, sees
/// the plan and the primary worker, comments on a goal, confirms the plan and fills in WHO-5 (ADR 0048) — large touch targets, no
/// sideways scrolling, axe clean; the worker then sees the sign-in and what the citizen did.</summary>
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

        // The network map, the meetings and visits ahead (ADR 0048 addendum): on the phone, without sideways scrolling.
        var network = page.Locator("#mig-netvaerk");
        (await network.InnerTextAsync()).ShouldContain("Lene Kristensen");
        (await network.InnerTextAsync()).ShouldNotContain("22 33 44 55"); // a network person's phone stays with the worker
        await network.ScreenshotAsync(new() { Path = Shot("66-mig-netvaerk") });
        var meetings = page.Locator("#mig-moeder");
        (await meetings.InnerTextAsync()).ShouldContain("Koordinerende møde");
        (await meetings.InnerTextAsync()).ShouldContain("kl. 13.00–14.00");
        await meetings.ScreenshotAsync(new() { Path = Shot("67-mig-moeder") });

        // What the citizen can do (ADR 0048): a comment on the first goal in their own words …
        var plan = page.Locator("#mig-act-indsatsplan");
        await plan.Locator("summary", new() { HasText = "Skriv en kommentar" }).First.ClickAsync();
        await plan.GetByLabel("Skriv med dine egne ord").First.FillAsync("Jeg vil gerne have hjælp til at komme op om morgenen.");
        (await BrowserFixture.TooSmallForTouchAsync(page, "#mig-act-indsatsplan details[open] form")).ShouldBeEmpty();
        // The pointer still rests on the opened button: axe would measure the colours halfway through its hover transition.
        await page.Mouse.MoveAsync(1, 1);
        await page.WaitForTimeoutAsync(400);
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        await plan.GetByRole(AriaRole.Button, new() { Name = "Send" }).First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        (await page.Locator("#mig-status").InnerTextAsync()).ShouldContain("kommentar er sendt");
        (await plan.InnerTextAsync()).ShouldContain("Du skrev: Jeg vil gerne have hjælp");
        await plan.Locator(".mig-goal").First.ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ScreenshotAsync(page, "63-mig-kommentar");

        // … "Jeg har læst den og er enig" to the plan …
        await plan.GetByRole(AriaRole.Button, new() { Name = "Jeg har læst den og er enig" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        (await page.Locator("#mig-act-indsatsplan-enig").InnerTextAsync()).ShouldContain("Du har sagt, at du er enig");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        await BrowserFixture.ScreenshotAsync(page, "64-mig-enig");
        // … and to the cooperation agreement, by its saved version …
        await page.Locator("#mig-samarbejdsaftale").GetByRole(AriaRole.Button, new() { Name = "Jeg har læst den og er enig" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        (await page.Locator("#mig-samarbejdsaftale-enig").InnerTextAsync()).ShouldContain("Du har sagt, at du er enig");

        // … and WHO-5, each answer a whole row to tap.
        await page.GetByRole(AriaRole.Link, new() { Name = "Svar på trivselsskemaet" }).ClickAsync();
        await page.WaitForURLAsync("**/mig/trivsel");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        (await BrowserFixture.TooSmallForTouchAsync(page, "main form")).ShouldBeEmpty();
        var rows = page.Locator(".mig-choice");
        (await rows.First.BoundingBoxAsync())!.Height.ShouldBeGreaterThanOrEqualTo(44);
        foreach (var (fieldset, answer) in new[] { (0, "Det meste af tiden"), (1, "Lidt mere end halvdelen af tiden"), (2, "Lidt af tiden"),
                     (3, "Lidt mindre end halvdelen af tiden"), (4, "Det meste af tiden") })
            await page.Locator("fieldset").Nth(fieldset).GetByText(answer, new() { Exact = true }).ClickAsync();
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth")).ShouldBeFalse();
        await BrowserFixture.ScreenshotAsync(page, "65-mig-trivsel");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send mine svar" }).ClickAsync();
        await page.WaitForURLAsync("**/mig#mig-trivsel");
        (await page.Locator("#mig-trivsel").InnerTextAsync()).ShouldContain("56 ud af 100"); // (4+3+1+2+4)×4
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        // WHO-5 over time: the demo's own answers of two months and today's, each with the plain reading, and the picture.
        (await page.Locator("#mig-trivsel .mig-who5").CountAsync()).ShouldBeGreaterThanOrEqualTo(4);
        (await page.Locator("#mig-trivsel svg[role=img] title").TextContentAsync())!.ShouldStartWith("Dine point over tid:");
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth")).ShouldBeFalse();
        await page.Locator("#mig-trivsel").ScreenshotAsync(new() { Path = Shot("68-mig-trivsel-over-tid") });
        await page.Context.CloseAsync();

        // The worker sees on the citizen page that the citizen has signed in.
        Guid citizen;
        await using (var scope = browser.App.Services.CreateAsyncScope())
            citizen = await scope.ServiceProvider.GetRequiredService<CaseloadDbContext>().CitizenAccesses
                .Where(a => a.Phone == DemoCitizenAccess.Phone).Select(a => a.CitizenId).SingleAsync();
        var worker = await browser.LoginAsync("teamleder.act@caseload.local", 1280, 900);
        await worker.GotoAsync($"/borgere/{citizen}");
        (await worker.Locator("#sidst-logget-ind").InnerTextAsync()).ShouldNotContain("aldrig");
        // … and what the citizen did, marked as the citizen's.
        var fromCitizen = await worker.Locator("#fra-borgeren").InnerTextAsync();
        fromCitizen.ShouldContain("Jeg vil gerne have hjælp til at komme op om morgenen.");
        fromCitizen.ShouldContain("selvrapporteret");
        fromCitizen.ShouldContain("enig i version");
        fromCitizen.ShouldContain("Din samarbejdsaftale");
        await worker.Locator("#borgeradgang-sektion summary").ClickAsync();
        (await BrowserFixture.AccessibilityViolationsAsync(worker)).ShouldBeEmpty();
        await worker.Locator("#borgeradgang-sektion").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.RepositoryRoot, "docs", "screenshots", "62-worker-citizen-access.png") });
        await worker.Context.CloseAsync();
    }

    private static string Shot(string name) => Path.Combine(BrowserFixture.RepositoryRoot, "docs", "screenshots", name + ".png");
}
