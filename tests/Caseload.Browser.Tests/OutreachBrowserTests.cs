using Caseload.TestSupport;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace Caseload.Browser.Tests;

/// <summary>A referral taken in the browser through screening (the recommendation live as criteria are ticked, the
/// server's text the same), allocation, first contact and first meeting — the deadlines counted in working days across
/// Easter — and the team's deadline list; screenshots for README.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OutreachBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task AReferralGoesThroughScreeningAllocationFirstContactAndFirstMeetingOntoTheDeadlineList()
    {
        // 09:00 Danish summer time on Monday 30 March 2026, the day after the clocks went forward; Easter is 2–6 April.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 30, 7, 0, 0, TimeSpan.Zero));
        await using var app = new SqliteAppFactory { Clock = clock };
        var baseUrl = BrowserFixture.Serve(app);
        Task<IPage> SignInAsync(string email) => browser.LoginAsync(email, baseUrl: baseUrl);

        // 1. The team leader records a neighbour's referral about someone not registered yet (no CPR number).
        var leader = await SignInAsync("teamleder.fs@caseload.local");
        await leader.GetByRole(AriaRole.Link, new() { Name = "Ny henvendelse" }).ClickAsync();
        await leader.GetByLabel("Navn", new() { Exact = true }).FillAsync("Karen Juhl");
        await leader.GetByLabel("Adresse eller opholdssted").FillAsync("Bakkevej 9, 8000 Solbjerg");
        await leader.GetByLabel("Henvendelsen kommer fra").SelectOptionAsync(new SelectOptionValue { Label = "Nabo" });
        await leader.GetByLabel("Henviserens navn eller enhed").FillAsync("Nabo i opgangen");
        await leader.GetByLabel("Bekymringen — hvorfor henvender de sig?").FillAsync("Har ikke åbnet døren i tre uger; posten hober sig op.");
        await leader.GetByRole(AriaRole.Button, new() { Name = "Registrér henvendelse" }).ClickAsync();
        (await leader.Locator("#henvendelse-status").InnerTextAsync()).ShouldBe("Modtaget — mangler screening");

        // 2. Screening: the recommendation follows the ticks live; two criteria of one theme count once.
        var advice = leader.Locator("#anbefaling");
        await leader.GetByLabel("Alder (CPR-nummeret kendes ikke)").FillAsync("45");
        await leader.GetByLabel("Borger udebliver fra samtaler og aftaler med det offentlige støttesystem").CheckAsync();
        await leader.GetByLabel("Har intet netværk").CheckAsync();
        await leader.GetByLabel("Føler sig ensom").CheckAsync();
        (await advice.InnerTextAsync()).ShouldBe("Anbefales ikke endnu: målgruppe B (45 år) kræver mindst 1 kriterium i kategori 1 (der er 1) og 2 i kategori 2 fra forskellige emner (der er 1).");
        await leader.GetByLabel("Boligen er voldsomt misligholdt").CheckAsync();
        var live = await advice.InnerTextAsync();
        live.ShouldStartWith("Anbefales: borgeren (45 år, målgruppe B)");
        (await BrowserFixture.AccessibilityViolationsAsync(leader)).ShouldBeEmpty();
        await leader.GetByRole(AriaRole.Button, new() { Name = "Gem screeningsskema" }).ClickAsync();
        (await advice.InnerTextAsync()).ShouldBe(live); // the server says the same
        (await leader.Locator("#henvendelse-status").InnerTextAsync()).ShouldBe("Screenet — afventer afgørelse");
        await BrowserFixture.ScreenshotAsync(leader, "13-fs-henvendelse");

        // 3. Allocation: accepted without choosing a worker is refused in Danish; then Peter Lund.
        await leader.Locator("#afg-visiter").CheckAsync();
        await leader.GetByRole(AriaRole.Button, new() { Name = "Gem afgørelse" }).ClickAsync();
        (await leader.Locator("#fejl-oversigt").InnerTextAsync()).ShouldContain("Vælg den fremskudte sagsbehandler, borgeren tildeles.");
        await leader.Locator("#afg-visiter").CheckAsync();
        // The picker shows each worker's load after the name (issue #27 item 2).
        await leader.GetByLabel("Fremskudt sagsbehandler (ved visitation)").SelectOptionAsync(
            (await leader.Locator("#Ruling_WorkerId option", new() { HasText = "Peter Lund" }).GetAttributeAsync("value"))!);
        await leader.GetByRole(AriaRole.Button, new() { Name = "Gem afgørelse" }).ClickAsync();
        (await leader.Locator("#fs-medarbejder").InnerTextAsync()).ShouldBe("Fremskudt sagsbehandler: Peter Lund");
        var caseUrl = leader.Url;
        (await leader.Locator("#fs-frister tbody tr").First.InnerTextAsync()).ShouldContain("01-04-2026"); // contact: Mon + 2 working days
        await leader.GotoAsync(caseUrl.Replace("/fs", "", StringComparison.Ordinal)); // the citizen page names the worker too
        (await leader.Locator("#fs-medarbejder").InnerTextAsync()).ShouldBe("Fremskudt sagsbehandler: Peter Lund");

        // 4. The outreach worker: a failed call, then a visit that reaches her — the first contact.
        var worker = await SignInAsync("medarbejder1.fs@caseload.local");
        await worker.GotoAsync(caseUrl);
        await worker.Locator("#Attempt_Channel").SelectOptionAsync(new SelectOptionValue { Label = "Telefon" });
        await worker.Locator("#Attempt_Outcome").SelectOptionAsync(new SelectOptionValue { Label = "Intet svar" });
        await worker.GetByRole(AriaRole.Button, new() { Name = "Registrér forsøg" }).ClickAsync();
        await worker.Locator("#Attempt_Channel").SelectOptionAsync(new SelectOptionValue { Label = "Besøg" });
        await worker.Locator("#Attempt_Outcome").SelectOptionAsync(new SelectOptionValue { Label = "Kontakt opnået" });
        await worker.Locator("#Attempt_Note").FillAsync("Vil gerne mødes på værestedet.");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Registrér forsøg" }).ClickAsync();
        (await worker.Locator("#fs-trin > li").Nth(3).InnerTextAsync()).ShouldContain("Første kontakt til borgeren");
        (await worker.Locator("#fs-frister tbody tr", new() { HasText = "Første møde" }).InnerTextAsync()).ShouldContain("09-04-2026"); // Easter skipped

        // 5. Step 7 without consent is refused; the first meeting, a consent, then the external information.
        await worker.Locator("#Step_Event").SelectOptionAsync(new SelectOptionValue { Label = "6. Første møde holdt" });
        await worker.Locator("#Step_Note").FillAsync("Møde på værestedet. Samarbejdsaftale påbegyndt.");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Registrér trin" }).ClickAsync();
        await worker.Locator("#Step_Event").SelectOptionAsync(new SelectOptionValue { Label = "7. Eksterne sagsoplysninger indhentet (med samtykke)" });
        await worker.Locator("#Step_Party").FillAsync("Egen læge");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Registrér trin" }).ClickAsync();
        (await worker.Locator("#fejl-oversigt").InnerTextAsync()).ShouldContain("Der er intet gyldigt samtykke, der dækker «Egen læge» den 30-03-2026.");
        (await worker.Locator("#Step_Party").InputValueAsync()).ShouldBe("Egen læge"); // the form kept what was typed
        await worker.Locator("#Consent_Information").FillAsync("Helbred og medicin");
        await worker.Locator("#Consent_Parties").FillAsync("Egen læge\nDistriktspsykiatrien");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Gem samtykke" }).ClickAsync();
        await worker.Locator("#Step_Event").SelectOptionAsync(new SelectOptionValue { Label = "7. Eksterne sagsoplysninger indhentet (med samtykke)" });
        await worker.Locator("#Step_Party").FillAsync("Egen læge");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Registrér trin" }).ClickAsync();
        (await worker.Locator("#fs-trin > li").Nth(6).InnerTextAsync()).ShouldContain("fra Egen læge");
        (await worker.Locator("#fs-frister tbody tr", new() { HasText = "Råd og vejledning" }).InnerTextAsync()).ShouldContain("01-04-2026");
        (await BrowserFixture.AccessibilityViolationsAsync(worker)).ShouldBeEmpty();
        await BrowserFixture.ScreenshotAsync(worker, "14-fs-forloeb");

        // 6. The deadline list: after Easter the advice is late, overdue first, in working days.
        await leader.Context.CloseAsync(); // the day is over: tablets closed (no page left running its autosave timer)
        await worker.Context.CloseAsync();
        clock.Advance(TimeSpan.FromDays(8)); // Tuesday 7 April (sessions have expired meanwhile)
        leader = await SignInAsync("teamleder.fs@caseload.local");
        await leader.GotoAsync("/fs/frister");
        var overdue = leader.Locator("section", new() { Has = leader.Locator("#frister-overdue") });
        (await overdue.Locator("tr", new() { HasText = "Karen Juhl" }).InnerTextAsync()).ShouldContain("Råd og vejledning");
        (await overdue.Locator("tr", new() { HasText = "Karen Juhl" }).InnerTextAsync()).ShouldContain("1 arbejdsdag for sent"); // 1 April → 7 April: one working day late
        (await BrowserFixture.AccessibilityViolationsAsync(leader)).ShouldBeEmpty();
        await BrowserFixture.ScreenshotAsync(leader, "15-fs-fristliste");

        // Tablet width: the course page still works.
        worker = await SignInAsync("medarbejder1.fs@caseload.local");
        await worker.SetViewportSizeAsync(800, 1100);
        await worker.GotoAsync(caseUrl);
        (await BrowserFixture.AccessibilityViolationsAsync(worker)).ShouldBeEmpty();
    }
}
