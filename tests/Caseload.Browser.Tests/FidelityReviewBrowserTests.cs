using Microsoft.Playwright;

namespace Caseload.Browser.Tests;

/// <summary>The fidelity review (issue #29 item 5, ADR 0055) at 1024×768, with axe: the ACT team leader follows the link from
/// the results page, scores the items no data can show, saves, and reads the review with its total.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FidelityReviewBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task AnActTeamLeaderMakesAFidelityReviewAt1024x768()
    {
        var page = await browser.LoginAsync("teamleder.act@caseload.local", 1024, 768);
        await page.GotoAsync("/resultater/act");
        await page.GetByRole(AriaRole.Link, new() { Name = "Start en metodetroskabsvurdering eller se tidligere vurderinger" }).ClickAsync();
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Metodetroskabsvurderinger – ACT");
        await page.GetByRole(AriaRole.Link, new() { Name = "Start en metodetroskabsvurdering af ACT-team Solbjerg" }).ClickAsync();
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Ny metodetroskabsvurdering");
        (await page.Locator("#beregnede tbody tr").CountAsync()).ShouldBe(10);
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();

        // Every item no data can show gets a score by its anchor's label; one gets a note.
        var items = page.Locator("fieldset.review-item");
        var count = await items.CountAsync();
        count.ShouldBeGreaterThan(10);
        for (var i = 0; i < count; i++)
            await items.Nth(i).Locator("input[type=radio][value='4']").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "H7 Psykiater i teamet" }).GetByLabel("Note (højst 1000 tegn)")
            .FillAsync("Psykiater fra regionspsykiatrien 0,5 årsværk, deltager i teammødet hver tirsdag.");
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth")).ShouldBeFalse();
        await BrowserFixture.ScreenshotAsync(page, "71-metodetroskabsvurdering-formular");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem vurderingen" }).ClickAsync();

        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Metodetroskabsvurdering");
        (await page.Locator("#samlet").InnerTextAsync()).ShouldContain("Samlet score:");
        (await page.Locator("#punkter tr[data-code='H7']").InnerTextAsync()).ShouldContain("Psykiater fra regionspsykiatrien");
        (await page.Locator("#punkter tr[data-code='H1']").InnerTextAsync()).ShouldContain("Beregnet (låst)");
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth")).ShouldBeFalse();
        await BrowserFixture.ScreenshotAsync(page, "70-metodetroskabsvurdering");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        await page.Context.CloseAsync();
    }
}
