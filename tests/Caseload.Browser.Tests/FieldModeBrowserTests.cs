using Caseload.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Caseload.Browser.Tests;

/// <summary>Field mode in a real browser (issue #31 items 2–5, ADR 0047): a citizen taken along opens and is filled
/// offline, survives a closed tab, and is sent when the connection is back — merged, or with the worker's choice.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FieldModeBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task ACitizenTakenAlongIsFilledOfflineAndSavedOnTheServerWhenOnlineAgain()
    {
        var page = await WorkerWithServiceWorkerAsync("medarbejder1.act@caseload.local");
        var console = new List<string>();
        page.Context.Console += (_, m) => console.Add(m.Text);
        var jytte = await CitizenIdAsync("Jytte Poulsen");
        var bent = await CitizenIdAsync("Bent Kristensen");
        await TakeAlongAsync(page, jytte);

        await page.Context.SetOfflineAsync(true);
        await page.ReloadAsync();
        await page.Locator("#felt-offline").WaitForAsync();
        (await page.Locator("h1").First.InnerTextAsync()).ShouldBe("Jytte Poulsen");

        // A contact, filled offline.
        await page.Locator("#Contact_Note").FillAsync("Hjemmebesøg uden net – skrevet offline");
        await page.Locator("#achieved-yes").CheckAsync();
        await page.Locator("#Contact_Channel").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem kontakt" }).ClickAsync();
        await page.Locator("#felt-gemt", new() { HasText = "Offline — gemt på enheden, sendes når du er online igen" }).WaitForAsync();
        await page.Locator("#felt-koe", new() { HasText = "1 ændring venter" }).WaitForAsync();

        // The action plan, opened through its link and filled offline.
        await page.Locator("#plan-sektion a").ClickAsync();
        await page.Locator("#felt-offline").WaitForAsync();
        await page.GetByLabel("Borgerens syn på planen").FillAsync("Jytte vil gerne have hjælp til at handle ind – skrevet offline");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem indsatsplan" }).ClickAsync();
        await page.Locator("#felt-koe", new() { HasText = "2 ændringer venter" }).WaitForAsync();

        // A new cooperation agreement, made with the citizen offline.
        await page.GotoAsync($"/borgere/{jytte}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ny samarbejdsaftale" }).ClickAsync();
        await page.Locator("#felt-offline").WaitForAsync();
        await page.GetByLabel("Hvad vil du gerne opnå de næste tre måneder?").FillAsync("Komme ud at gå hver dag – aftalt offline");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem samarbejdsaftale" }).ClickAsync();
        await page.Locator("#felt-koe", new() { HasText = "3 ændringer venter" }).WaitForAsync();

        // The tab is closed and opened again, still offline: the changes wait, the plan shows what was typed.
        var context = page.Context;
        await page.CloseAsync();
        page = await context.NewPageAsync();
        await page.GotoAsync($"/borgere/{jytte}/indsatsplan");
        await page.Locator("form[data-felt-gendannet]").WaitForAsync(); // what waits in the outbox is put back into the form
        (await page.GetByLabel("Borgerens syn på planen").InputValueAsync()).ShouldContain("skrevet offline");
        await page.GotoAsync($"/borgere/{jytte}");
        await page.Locator("#felt-offline").WaitForAsync();
        await page.Locator("#felt-koe", new() { HasText = "3 ændringer venter" }).WaitForAsync();
        // The page's own CSS comes from the device too (written into the page, so it loads after the text).
        await page.WaitForFunctionAsync("() => getComputedStyle(document.querySelector('header nav')).backgroundColor !== 'rgba(0, 0, 0, 0)'");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        await BrowserFixture.ScreenshotAsync(page, "57-felt-offline");

        // A citizen not taken along is not on the device.
        await page.GotoAsync($"/borgere/{bent}");
        (await page.Locator("#felt-besked").InnerTextAsync()).ShouldContain("ikke taget med");
        (await page.ContentAsync()).ShouldNotContain("Bent Kristensen");

        // Online again: sent in order, saved on the server, the outbox empty.
        await page.Context.SetOfflineAsync(false);
        await page.GotoAsync("/mine-borgere");
        await page.Locator("body[data-felt-koe='0']").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });
        var (note, view) = await QueryAsync(async db => (
            await db.ContactLog.Where(c => c.CitizenId == jytte && c.Note!.Contains("skrevet offline")).Select(c => c.Note).SingleOrDefaultAsync(),
            await db.ActionPlans.Where(p => p.CitizenId == jytte).Select(p => p.CitizensView).SingleOrDefaultAsync()));
        note.ShouldBe("Hjemmebesøg uden net – skrevet offline", await page.Locator("main").InnerTextAsync());
        view.ShouldBe("Jytte vil gerne have hjælp til at handle ind – skrevet offline");
        (await QueryAsync(db => db.CooperationAgreements.CountAsync(a => a.CitizenId == jytte && a.Goals == "Komme ud at gå hver dag – aftalt offline"))).ShouldBe(1);

        // Put back: off the device, and off the server's list.
        await page.GotoAsync($"/borgere/{jytte}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Læg tilbage" }).ClickAsync();
        await page.Locator("[data-felt-tilstand]", new() { HasText = "Lagt tilbage" }).WaitForAsync();
        (await QueryAsync(db => db.FieldCheckouts.CountAsync(c => c.CitizenId == jytte))).ShouldBe(0);
        await page.Context.SetOfflineAsync(true);
        await page.GotoAsync($"/borgere/{jytte}");
        (await page.Locator("#felt-besked").InnerTextAsync()).ShouldContain("ikke taget med");
    }

    [Fact]
    public async Task TheSameFieldChangedMeanwhileIsTheWorkersChoiceAndBothValuesSurviveUntilChosen()
    {
        var page = await WorkerWithServiceWorkerAsync("medarbejder1.act@caseload.local", 1024, 768);
        var susanne = await CitizenIdAsync("Susanne Bak");
        await TakeAlongAsync(page, susanne);

        await page.Context.SetOfflineAsync(true);
        await page.GotoAsync($"/borgere/{susanne}/indsatsplan");
        await page.Locator("#felt-offline").WaitForAsync();
        await page.GetByLabel("Borgerens syn på planen").FillAsync("Susanne: mere ro i hverdagen (offline)");
        await page.Locator("#Input_Goals_0__Goal").FillAsync("Gå en tur hver dag (offline)"); // a field nobody else touches
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem indsatsplan" }).ClickAsync();
        await page.Locator("#felt-gemt").WaitForAsync();

        // Meanwhile the team leader writes the same field at the office.
        var leader = await browser.LoginAsync("teamleder.act@caseload.local");
        await leader.GotoAsync($"/borgere/{susanne}/indsatsplan");
        await leader.GetByLabel("Borgerens syn på planen").FillAsync("Susanne ønsker en fast kontaktperson (kontoret)");
        await leader.GetByRole(AriaRole.Button, new() { Name = "Gem indsatsplan" }).ClickAsync();
        await leader.Locator(".alert-success").WaitForAsync();
        await leader.Context.CloseAsync();

        await page.Context.SetOfflineAsync(false);
        await page.GotoAsync("/mine-borgere");
        var choose = page.Locator("#felt-koe a.felt-valg");
        await choose.WaitForAsync();
        (await QueryAsync(db => db.ActionPlans.Where(p => p.CitizenId == susanne).Select(p => p.CitizensView).SingleAsync()))
            .ShouldBe("Susanne ønsker en fast kontaktperson (kontoret)"); // nothing overwritten silently
        await choose.ClickAsync();
        var form = page.Locator("#valg-form");
        (await form.InnerTextAsync()).ShouldContain("Susanne: mere ro i hverdagen (offline)");
        (await form.InnerTextAsync()).ShouldContain("Susanne ønsker en fast kontaktperson (kontoret)");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        (await BrowserFixture.TooSmallForTouchAsync(page, "#valg-form")).ShouldBeEmpty();
        await BrowserFixture.ScreenshotAsync(page, "58-felt-valg");

        await page.GetByText("Din ændring (offline)").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Brug mine valg" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Gendan kladden" }).ClickAsync();
        (await page.GetByLabel("Borgerens syn på planen").InputValueAsync()).ShouldBe("Susanne: mere ro i hverdagen (offline)");
        (await page.Locator("#Input_Goals_0__Goal").InputValueAsync()).ShouldBe("Gå en tur hver dag (offline)"); // merged without asking
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem indsatsplan" }).ClickAsync();
        await page.Locator(".alert-success").WaitForAsync();
        (await QueryAsync(db => db.ActionPlans.Where(p => p.CitizenId == susanne).Select(p => p.CitizensView).SingleAsync()))
            .ShouldBe("Susanne: mere ro i hverdagen (offline)");
        (await page.Locator("#Input_Goals_0__Goal").InputValueAsync()).ShouldBe("Gå en tur hver dag (offline)");
    }

    [Fact]
    public async Task SignOutAndExpiryLeaveNothingReadableOnTheDevice()
    {
        var page = await WorkerWithServiceWorkerAsync("medarbejder1.act@caseload.local");
        var henrik = await CitizenIdAsync("Henrik Friis");
        await TakeAlongAsync(page, henrik);
        // Stored encrypted: the records hold bytes, not the page.
        var stored = await page.EvaluateAsync<string>("""
            () => new Promise(r => { const q = indexedDB.open('caseload-felt'); q.onsuccess = () => {
              const t = q.result.transaction('sider').objectStore('sider').getAll();
              t.onsuccess = () => { q.result.close(); r(t.result.map(x => new TextDecoder().decode(x.data) + JSON.stringify(x)).join('|')); }; }; })
            """);
        stored.Length.ShouldBeGreaterThan(1000);
        stored.ShouldNotContain("Henrik");
        stored.ShouldNotContain("Friis");

        await page.GetByRole(AriaRole.Button, new() { Name = "Log ud" }).ClickAsync();
        await page.GetByLabel("E-mail").WaitForAsync();
        await NothingReadableAsync(page);

        // Taken along again, then the clock in the page passes the 12 hours: wiped at the next page.
        page = await WorkerWithServiceWorkerAsync("medarbejder1.act@caseload.local");
        await TakeAlongAsync(page, henrik);
        await page.Clock.InstallAsync(new ClockInstallOptions { TimeDate = DateTime.UtcNow.AddHours(12).AddMinutes(1) });
        await page.GotoAsync("/mine-borgere");
        await page.Locator("#felt-koe", new() { HasText = "udløbet og slettet" }).WaitForAsync();
        await NothingReadableAsync(page);
    }

    /// <summary>No IndexedDB store on the device, and nothing in Cache Storage but the offline page and the app's own
    /// static files (CSS, JS, icons) — no page, nothing about a citizen.</summary>
    private static async Task NothingReadableAsync(IPage page)
    {
        (await page.EvaluateAsync<string[]>("async () => (await indexedDB.databases()).map(d => d.name)")).ShouldBeEmpty();
        var cached = await page.EvaluateAsync<string[]>(
            "async () => { const out = []; for (const k of await caches.keys()) { const c = await caches.open(k); for (const r of await c.keys()) out.push(new URL(r.url).pathname); } return out; }");
        cached.ShouldAllBe(path => path == "/offline.html" || path == "/manifest.webmanifest" || path.StartsWith("/icons/")
            || path.StartsWith("/css/") || path.StartsWith("/js/") || path.StartsWith("/lib/"));
    }

    private async Task<IPage> WorkerWithServiceWorkerAsync(string email, int width = 1280, int height = 900)
    {
        var page = await browser.LoginAsync(email, width, height);
        var state = await page.EvaluateAsync<string>("() => navigator.serviceWorker.ready.then(r => r.active ? r.active.state : 'none')");
        state.ShouldBe("activated");
        await page.ReloadAsync(); // under the worker now (clientsClaim), so the static files pass through it
        return page;
    }

    private static async Task TakeAlongAsync(IPage page, Guid citizen)
    {
        await page.GotoAsync($"/borgere/{citizen}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tag med i felten" }).ClickAsync();
        await page.Locator("[data-felt-tilstand]").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("Taget med til kl") })
            .WaitForAsync(new() { Timeout = 30_000 });
    }

    private Task<Guid> CitizenIdAsync(string name) => QueryAsync(db => db.Citizens.Where(c => c.Name == name).Select(c => c.Id).SingleAsync());

    private async Task<T> QueryAsync<T>(Func<CaseloadDbContext, Task<T>> query)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CaseloadDbContext>());
    }
}
