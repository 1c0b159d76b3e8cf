using Caseload.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Caseload.Browser.Tests;

/// <summary>A CTI course walked in the browser from the contact period to a completed closing, the test moving the
/// clock through the nine months; screenshots of the course page and the phase board for README.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CtiBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task ACourseGoesFromContactPeriodThroughThreePhasesToACompletedClosing()
    {
        // 09:00 Danish time on Monday 2 March 2026; the demo data is seeded relative to this day.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        await using var app = new SqliteAppFactory { Clock = clock };
        var baseUrl = BrowserFixture.Serve(app);
        Guid ahmed;
        await using (var scope = app.Services.CreateAsyncScope())
            ahmed = await scope.ServiceProvider.GetRequiredService<Caseload.Infrastructure.Persistence.CaseloadDbContext>().Citizens
                .Where(c => c.Name == "Ahmed Hassan").Select(c => c.Id).SingleAsync(); // demo: in the contact period, moving in 20 days from now

        async Task<IPage> SignInAsync(string email)
        {
            var page = await browser.LoginAsync(email, baseUrl: baseUrl);
            await page.GotoAsync($"/borgere/{ahmed}/cti");
            return page;
        }
        async Task MeasureAsync(IPage page, string point, int answer)
        {
            await page.GotoAsync($"/borgere/{ahmed}/cti/maaling/{point}");
            foreach (var item in new[] { "Who5Cheerful", "Who5Calm", "Who5Active", "Who5Rested", "Who5Interested" })
                await page.Locator($"#{item}-{answer}").CheckAsync();
            await page.GetByLabel("Livssituation (1 = meget dårlig, 10 = rigtig god)").FillAsync((answer * 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
            await page.GetByLabel("Parathed til uddannelse eller job (1–5)").FillAsync("2");
            await page.GetByLabel("Boligsituation").SelectOptionAsync(new SelectOptionValue { Label = "Egen bolig" });
            await page.GetByLabel("Brug af rusmidler").SelectOptionAsync(new SelectOptionValue { Label = "Ugentligt" });
            await page.GetByRole(AriaRole.Button, new() { Name = "Gem måling" }).ClickAsync();
            (await page.Locator("[role=status]").First.InnerTextAsync()).ShouldContain("er gemt");
        }
        async Task AdvanceAsync(IPage page, string button, int items)
        {
            await page.GetByRole(AriaRole.Link, new() { Name = button }).ClickAsync();
            for (var i = 0; i < items; i++) await page.Locator($"#item-{i}-done").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Registrér") }).ClickAsync();
        }

        var worker = await SignInAsync("medarbejder1.cti@caseload.local");
        (await worker.Locator("#cti-stage").InnerTextAsync()).ShouldBe("Kontaktskabelse");

        // Into phase 1: refused while an item is open — the form keeps what was ticked.
        await MeasureAsync(worker, "start", 1);
        await worker.GetByRole(AriaRole.Link, new() { Name = "Start af de ni måneder (fase 1)" }).ClickAsync();
        await worker.Locator("#item-0-done").CheckAsync();
        await worker.Locator("#item-1-nr").CheckAsync();
        await worker.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Registrér") }).ClickAsync();
        (await worker.Locator("#fejl-oversigt").InnerTextAsync()).ShouldContain("Angiv hvorfor punkt 2 ikke er relevant.");
        (await worker.Locator("#item-0-done").IsCheckedAsync()).ShouldBeTrue();
        await worker.GetByLabel("Begrundelse, hvis ikke relevant").Nth(1).FillAsync("Borgeren kendte CTI fra herberget.");
        await worker.Locator("#item-2-done").CheckAsync();
        await worker.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Registrér") }).ClickAsync();
        (await worker.Locator("#cti-stage").InnerTextAsync()).ShouldBe("Fase 1 – planlægning og opstart");
        (await worker.Locator("#planned-last-day").InnerTextAsync()).ShouldBe("01-12-2026"); // S = 02-03-2026: S + 9 months − 1 day

        foreach (var goal in new[] { "Jeg vil have styr på min husleje.", "Jeg vil spille fodbold igen." })
        {
            await worker.GetByRole(AriaRole.Link, new() { Name = "Tilføj mål" }).ClickAsync();
            await worker.GetByLabel("Mål (med borgerens egne ord)").FillAsync(goal);
            await worker.GetByRole(AriaRole.Button, new() { Name = "Gem mål" }).ClickAsync();
        }
        (await worker.Locator("#goals li").CountAsync()).ShouldBe(2);

        // Three months later: phase 2 (the plan as it was is kept).
        clock.Advance(TimeSpan.FromDays(92));
        worker = await SignInAsync("medarbejder1.cti@caseload.local");
        await MeasureAsync(worker, "3-maaneder", 2);
        await AdvanceAsync(worker, "Overgang til fase 2", 8);
        (await worker.Locator("#cti-stage").InnerTextAsync()).ShouldBe("Fase 2 – afprøvning og justering");
        (await worker.Locator("details summary", new() { HasText = "Langsigtet plan ved overgang til fase 2" }).CountAsync()).ShouldBe(1);

        // Six months: phase 3, the handover plan and a booked meeting.
        clock.Advance(TimeSpan.FromDays(92));
        worker = await SignInAsync("medarbejder1.cti@caseload.local");
        await MeasureAsync(worker, "6-maaneder", 3);
        await AdvanceAsync(worker, "Overgang til fase 3", 2);
        (await worker.Locator("#cti-stage").InnerTextAsync()).ShouldBe("Fase 3 – overdragelse");
        (await worker.Locator(".badge", new() { HasText = "Overdragelsesmøde ikke booket" }).CountAsync()).ShouldBeGreaterThan(0);
        await worker.GotoAsync($"/borgere/{ahmed}/cti/overdragelse");
        await worker.GetByLabel("Navn").FillAsync("Birgit Sørensen");
        await worker.GetByLabel("Rolle (fx kommunal sagsbehandler)").FillAsync("Sagsbehandler, Solbjerg Kommune");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Gem overdragelsesplan" }).ClickAsync();
        await worker.GetByLabel("Deltagere").FillAsync("Ahmed, Jonas Berg, Birgit Sørensen");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Gem møde" }).ClickAsync();
        (await worker.Locator("#meetings li").InnerTextAsync()).ShouldContain("booket");
        await worker.GotoAsync($"/borgere/{ahmed}/cti");
        (await BrowserFixture.AccessibilityViolationsAsync(worker)).ShouldBeEmpty();
        await BrowserFixture.ScreenshotAsync(worker, "11-cti-forloeb");

        {
            var board = await SignInAsync("teamleder.cti@caseload.local");
            await board.GotoAsync("/cti/tavle");
            (await board.Locator("svg.phase-board").CountAsync()).ShouldBe(1);
            (await BrowserFixture.AccessibilityViolationsAsync(board)).ShouldBeEmpty();
            await BrowserFixture.ScreenshotAsync(board, "12-cti-fasetavle");
            await board.GotoAsync("/cti/tavle?visning=liste");
            (await board.Locator("#phase-list tbody tr", new() { HasText = "Ahmed Hassan" }).InnerTextAsync()).ShouldContain("Fase 3");
            (await BrowserFixture.AccessibilityViolationsAsync(board)).ShouldBeEmpty();
        }

        // After the last day: the meeting was held, the end measurement taken — completed, and the course is closed.
        clock.Advance(TimeSpan.FromDays(92));
        worker = await SignInAsync("medarbejder1.cti@caseload.local");
        await worker.GotoAsync($"/borgere/{ahmed}/cti/overdragelse");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Markér som holdt" }).ClickAsync();
        await MeasureAsync(worker, "slut", 4);
        await AdvanceAsync(worker, "Afslutning (gennemført)", 4);
        (await worker.Locator("#cti-stage").InnerTextAsync()).ShouldBe("Gennemført");
        (await worker.Locator("#timeline > li").CountAsync()).ShouldBe(5); // contact period + four steps
        (await worker.Locator("#measurements tbody tr", new() { HasText = "Ikke registreret" }).CountAsync()).ShouldBe(0);
        await worker.GotoAsync($"/borgere/{ahmed}");
        (await worker.Locator("article[aria-label^='Forløb']").First.InnerTextAsync()).ShouldContain("Afsluttet");
    }

    /// <summary>Issue #27 item 9: the CTI pages fit a tablet either way up (no page wider than the screen; the measurements'
    /// "Ret" on screen at 1024 px), the phase board's month labels do not overlap, and the WHO-5 form shows its running total.</summary>
    [Theory]
    [InlineData(768, 1024)]
    [InlineData(1024, 768)]
    public async Task TheCtiPagesFitATablet(int width, int height)
    {
        var app = browser.App;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Caseload.Infrastructure.Persistence.CaseloadDbContext>();
        var ids = await db.CtiCourses.Join(db.Citizens, c => c.CitizenId, z => z.Id, (c, z) => z.Id).ToListAsync();
        var page = await browser.LoginAsync("teamleder.cti@caseload.local", width, height);
        async Task FitsAsync(string url)
        {
            await page.GotoAsync(url);
            var scroll = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            // On failure, name the elements that stick out (the innermost ones), so the fix is findable.
            var wide = scroll <= width ? "" : await page.EvaluateAsync<string>(
                "w => Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > w && !Array.from(e.children).some(c => c.getBoundingClientRect().right > w))" +
                ".slice(0, 5).map(e => e.tagName + '.' + e.className + ' «' + (e.textContent || '').trim().slice(0, 40) + '» ' + Math.round(e.getBoundingClientRect().right)).join('; ')", width);
            scroll.ShouldBeLessThanOrEqualTo(width, $"{url} is {scroll} px wide on a {width}-px screen: {wide}");
        }
        foreach (var id in ids)
        {
            await FitsAsync($"/borgere/{id}/cti");
            // The whole table shows, not scrolled inside its box.
            (await page.EvaluateAsync<double>("document.querySelector('#measurements').getBoundingClientRect().right")).ShouldBeLessThanOrEqualTo(width,
                $"the measurements table is cut off on /borgere/{id}/cti");
            foreach (var edit in await page.Locator("#measurements a").AllAsync())
            {
                var box = (await edit.BoundingBoxAsync())!;
                (box.X + box.Width).ShouldBeLessThanOrEqualTo(width, $"«{await edit.InnerTextAsync()}» is off-screen on /borgere/{id}/cti");
            }
        }
        var inPhase2 = await db.CtiCourses.Where(c => c.Stage == Caseload.Domain.Cti.CtiStage.Phase2).Select(c => c.CitizenId).FirstAsync();
        await FitsAsync($"/borgere/{inPhase2}/cti");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        if (width == 768) await BrowserFixture.ScreenshotAsync(page, "39-cti-forloeb-tablet");
        await FitsAsync("/cti/tavle");
        var labels = await page.EvaluateAsync<double[][]>(
            "Array.from(document.querySelectorAll('svg.phase-board text.month')).map(t => { const b = t.getBoundingClientRect(); return [b.left, b.right]; })");
        labels.Length.ShouldBeGreaterThan(3);
        for (var i = 1; i < labels.Length; i++) labels[i][0].ShouldBeGreaterThanOrEqualTo(labels[i - 1][1], "the month labels overlap");
        if (width == 768) await BrowserFixture.ScreenshotAsync(page, "12-cti-fasetavle-tablet");
        await FitsAsync("/cti/tavle?visning=liste");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();

        // The WHO-5 form counts while the citizen answers.
        var running = await db.CtiCourses.Where(c => c.Stage == Caseload.Domain.Cti.CtiStage.Phase1).Select(c => c.CitizenId).FirstAsync();
        await FitsAsync($"/borgere/{running}/cti/maaling/3-maaneder");
        await page.Locator("#Who5Cheerful-3").CheckAsync();
        (await page.Locator("#who5-total").InnerTextAsync()).ShouldContain("1 af 5 udsagn besvaret");
        foreach (var item in new[] { "Who5Calm", "Who5Active", "Who5Rested", "Who5Interested" })
            await page.Locator($"#{item}-3").CheckAsync();
        (await page.Locator("#who5-total").InnerTextAsync()).ShouldStartWith("WHO-5: 60 af 100 – Ingen umiddelbar risiko.");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        if (width == 768) await BrowserFixture.ScreenshotAsync(page, "38-who5-tablet");
    }
}
