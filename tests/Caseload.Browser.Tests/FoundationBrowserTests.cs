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

    /// <summary>Issue #31 item 6: the layout ships only Bootstrap's collapse and dropdown (scripts/build-js.sh). The menu's
    /// groups open on a tablet, and the menu button opens the menu on a phone.</summary>
    [Fact]
    public async Task TheMenuGroupsAndThePhoneMenuOpenWithTheAppsOwnBootstrapBuild()
    {
        var page = await browser.LoginAsync("teamleder.act@caseload.local", width: 1024, height: 768);
        await page.WaitForFunctionAsync("() => window.bootstrap && window.bootstrap.Dropdown && window.bootstrap.Collapse");
        var group = page.Locator("#hovedmenu .menu-gruppe").First;
        var menu = group.Locator(".dropdown-menu");
        (await menu.IsVisibleAsync()).ShouldBeFalse();
        await group.Locator("button.dropdown-toggle").ClickAsync();
        await menu.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        (await group.Locator("button.dropdown-toggle").GetAttributeAsync("aria-expanded")).ShouldBe("true");
        await page.Keyboard.PressAsync("Escape");
        await menu.WaitForAsync(new() { State = WaitForSelectorState.Hidden });

        await page.SetViewportSizeAsync(390, 844);
        var mainMenu = page.Locator("#hovedmenu");
        (await mainMenu.IsVisibleAsync()).ShouldBeFalse("the menu is folded behind its button on a phone");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vis eller skjul menu" }).ClickAsync();
        await mainMenu.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        await page.GetByRole(AriaRole.Link, new() { Name = "Log ud" }).Or(page.GetByRole(AriaRole.Button, new() { Name = "Log ud" })).First.WaitForAsync();
    }

    /// <summary>Issue #31 item 1 (ADR 0041): without a connection a page shows the Danish offline page, not the browser's
    /// error; the device keeps the offline page, its CSS and the icons — no page of the app, no citizen.</summary>
    [Fact]
    public async Task OfflineAPageShowsTheDanishOfflinePageAndTheDeviceKeepsNoPageOfTheApp()
    {
        var page = await browser.LoginAsync("medarbejder1.act@caseload.local");
        var console = new List<string>();
        page.Console += (_, m) => console.Add(m.Text);
        // The worker installs once it has fetched what it keeps; a failed install would leave "ready" pending for ever.
        var state = await page.EvaluateAsync<string>("""
            () => Promise.race([
              navigator.serviceWorker.ready.then(r => r.active ? r.active.state : 'none'),
              new Promise(resolve => setTimeout(async () => {
                const regs = await navigator.serviceWorker.getRegistrations();
                resolve('not ready after 20 s: ' + regs.map(r => [r.installing?.state, r.waiting?.state, r.active?.state].join('/')).join(';'));
              }, 20000))])
            """);
        state.ShouldBe("activated", string.Join("\n", console));
        await page.GotoAsync("/mine-borgere"); // under the worker now (clientsClaim)
        await page.GetByRole(AriaRole.Link, new() { Name = "Bent Kristensen" }).First.ClickAsync();
        await page.Locator("h1").First.WaitForAsync();

        await page.Context.SetOfflineAsync(true);
        await page.GotoAsync("/mine-borgere");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Du er offline");
        await BrowserFixture.ScreenshotAsync(page, "59-offline");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();

        var kept = await page.EvaluateAsync<string[]>(
            "async () => { const out = []; for (const k of await caches.keys()) { const c = await caches.open(k); for (const r of await c.keys()) out.push(new URL(r.url).pathname); } return out; }");
        kept.ShouldContain("/offline.html");
        // The offline page and the app's own static files (field mode needs them offline, ADR 0047) — never a page.
        kept.ShouldAllBe(path => path == "/offline.html" || path == "/manifest.webmanifest" || path.StartsWith("/icons/")
            || path.StartsWith("/css/") || path.StartsWith("/js/") || path.StartsWith("/lib/"));

        await page.Context.SetOfflineAsync(false);
        await page.GotoAsync("/mine-borgere");
        (await page.Locator("h1").InnerTextAsync()).ShouldNotBe("Du er offline");
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

    /// <summary>WCAG 1.4.11: the focus indicator of a field, a select, a checkbox, a button and a top-bar link reaches
    /// 3:1 against the background around the element (measured from the computed styles, as axe does not).</summary>
    [Fact]
    public async Task FocusIndicatorsReachThreeToOneAgainstTheirSurroundings()
    {
        var page = await browser.LoginAsync("medarbejder1.act@caseload.local");
        await page.GotoAsync("/borgere/ny");
        const string measure = """
            (selector) => {
              const el = document.querySelector(selector);
              el.focus();
              const rgb = s => (s.match(/\d+(\.\d+)?/g) || []).slice(0, 3).map(Number);
              const lum = ([r, g, b]) => { const f = c => { c /= 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); };
                                           return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
              const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
              let n = el.parentElement, bg = 'rgb(255, 255, 255)';
              while (n) { const c = getComputedStyle(n).backgroundColor; if (c && c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') { bg = c; break; } n = n.parentElement; }
              const st = getComputedStyle(el);
              const width = parseFloat(st.outlineWidth) || 0;
              const ring = st.outlineStyle !== 'none' && width >= 2 ? ratio(rgb(st.outlineColor), rgb(bg)) : 0;
              const halo = st.boxShadow && st.boxShadow !== 'none' ? ratio(rgb(st.boxShadow), rgb(bg)) : 0;
              return Math.max(ring, halo);
            }
            """;
        await page.Keyboard.PressAsync("Tab"); // keyboard use, so :focus-visible applies to what is focused next
        foreach (var selector in new[] { "#Input_Name", "#Input_Whereabouts", "#Input_InterpreterNeeded", "main button[type=submit]", ".navbar .nav-link" })
            (await page.EvaluateAsync<double>(measure, selector)).ShouldBeGreaterThanOrEqualTo(3.0, selector);
    }
}
