using Microsoft.Playwright;

namespace Caseload.Browser.Tests;

/// <summary>The ACT team's week of shared visits on a tablet in landscape (1024×768, ADR 0033): a worker plans a colleague's visit
/// with the keyboard, sees it on the week beside the citizen in intensified support, and finds her own week on the start page —
/// with axe.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ActVisitsBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task AWorkerPlansAVisitWithTheKeyboardOnTheWeekViewOnATablet()
    {
        var page = await browser.LoginAsync("medarbejder1.act@caseload.local", 1024, 768);
        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Vis eller skjul menu" });
        if (await toggle.IsVisibleAsync()) await toggle.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "ACT-teamet", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Ugens besøg", Exact = true }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Ugens besøg");
        var kim = page.Locator("#ugeplan tr.ugeplan-borger", new() { HasText = "Kim Dahl" });
        (await kim.Locator(".skaerpet").InnerTextAsync()).ShouldContain("Skærpet indsats"); // from the demo: three contacts a week

        // The form by keyboard alone: each field reached with Tab, chosen with the arrow keys.
        await page.Locator("#Visit_CitizenId").FocusAsync();
        await page.Locator("#Visit_CitizenId").SelectOptionAsync(new SelectOptionValue { Label = "Kim Dahl" });
        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("document.activeElement.id")).ShouldBe("Visit_WorkerId");
        await page.Locator("#Visit_WorkerId").SelectOptionAsync(new SelectOptionValue { Label = "Ole Nielsen (Sygeplejerske)" });
        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("document.activeElement.id")).ShouldBe("Visit_Date");
        await page.Locator("#Visit_Date").FillAsync(DateTime.Today.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#Visit_StartsAt").FillAsync("13:15");
        await page.Locator("#Visit_Place").SelectOptionAsync(new SelectOptionValue { Label = "Værested" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Planlæg besøget" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        (await page.Locator("[role=status]").InnerTextAsync()).ShouldContain("Besøget er planlagt.", customMessage: await page.Locator("main").InnerTextAsync());
        kim = page.Locator("#ugeplan tr.ugeplan-borger", new() { HasText = "Kim Dahl" });
        (await kim.InnerTextAsync()).ShouldContain("13.15 Ole N.");
        await page.Locator("h1").ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ScreenshotAsync(page, "48-ugens-besoeg-tablet");
        var wide = await page.EvaluateAsync<string>(@"() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
            .slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(' | ')");
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth")).ShouldBeFalse(wide);
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();

        await page.GotoAsync("/");
        var mine = page.Locator("#min-uge");
        (await mine.InnerTextAsync()).ShouldContain("Min uge");
        await BrowserFixture.ScreenshotAsync(page, "49-forside-min-uge-tablet");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        await page.Context.CloseAsync();
    }

    /// <summary>Planning from the week itself (issue #30 item 2): each day cell of each citizen has a "+ Besøg" link; with the
    /// keyboard, Enter on it fills the plan form with the citizen and the day and moves the focus to the worker — the page
    /// stays; after saving, the visit stands in that cell. Without script the link does the same through the address.</summary>
    [Fact]
    public async Task AWorkerPlansAVisitFromADayCellWithTheKeyboard()
    {
        var page = await browser.LoginAsync("medarbejder3.act@caseload.local", 1024, 768);
        await page.GotoAsync("/act/besoeg");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var url = page.Url;
        var row = page.Locator("#ugeplan tr.ugeplan-borger", new() { HasText = "Jytte Poulsen" });
        var cell = row.Locator("td.i-dag");
        var plan = cell.Locator("a.planlaeg-her");
        (await plan.InnerTextAsync()).ShouldContain("Jytte Poulsen"); // the link's name says whom and which day (read out)
        await plan.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        (await page.EvaluateAsync<string>("document.activeElement.id")).ShouldBe("Visit_WorkerId");
        page.Url.ShouldBe(url); // no new page: the form was filled in place
        (await page.Locator("#Visit_CitizenId option:checked").InnerTextAsync()).ShouldBe("Jytte Poulsen");
        (await page.Locator("#Visit_Date").InputValueAsync()).ShouldBe(await cell.GetAttributeAsync("data-dato"));
        (await page.Locator("#plan-valgt").InnerTextAsync()).ShouldContain("Jytte Poulsen");
        await page.Locator("#Visit_WorkerId").SelectOptionAsync(new SelectOptionValue { Label = "Sara Holm (Misbrugskonsulent)" });
        await page.Locator("#Visit_StartsAt").FillAsync("23:40");
        await BrowserFixture.ScreenshotAsync(page, "55-ugens-besoeg-planlaeg-fra-dagen-tablet");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        await page.GetByRole(AriaRole.Button, new() { Name = "Planlæg besøget" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("[role=status].alert-success").Or(page.Locator("#fejl-oversigt")).WaitForAsync(); // the next page: saved, or refused
        (await page.Locator("[role=status]").InnerTextAsync()).ShouldContain("Besøget er planlagt.", customMessage: await page.Locator("main").InnerTextAsync());
        row = page.Locator("#ugeplan tr.ugeplan-borger", new() { HasText = "Jytte Poulsen" });
        (await row.Locator("td.i-dag").InnerTextAsync()).ShouldContain("23.40 Sara H.");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        await page.Context.CloseAsync();
    }

    /// <summary>The ACT team leader's menu fits one line on a tablet in landscape (1024×768): the team meeting and the week share the
    /// drop-down "ACT-teamet", opened and walked with the keyboard.</summary>
    [Fact]
    public async Task TheLeadersMenuFitsOneLineAt1024AndTheActDropDownWorksWithTheKeyboard()
    {
        var page = await browser.LoginAsync("teamleder.act@caseload.local", 1024, 768);
        await BrowserFixture.ScreenshotAsync(page, "56-menu-act-teamleder-1024");
        var tops = await page.EvaluateAsync<double[]>("() => [...document.querySelectorAll('#hovedmenu > ul > li')].map(li => Math.round(li.getBoundingClientRect().top))");
        tops.Distinct().Count().ShouldBe(1, string.Join(",", tops));
        var links = await page.EvaluateAsync<string>("() => [...document.querySelectorAll('#hovedmenu .nav-link')].map(a => a.textContent.trim() + ' ' + Math.round(a.getBoundingClientRect().height)).join(' | ')");
        (await page.EvaluateAsync<double>("() => document.querySelector('nav.navbar').getBoundingClientRect().height")).ShouldBeLessThan(70, links);
        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "ACT-teamet", Exact = true });
        await toggle.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        (await toggle.GetAttributeAsync("aria-expanded")).ShouldBe("true");
        await page.Keyboard.PressAsync("ArrowDown");
        (await page.EvaluateAsync<string>("document.activeElement.textContent.trim()")).ShouldBe("Teammøde");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Ugens besøg");
        await page.Context.CloseAsync();
    }
}
