using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Caseload.Browser.Tests;

/// <summary>A network map filled on a tablet: the picture (every person in their sector and ring, dashed when not in
/// contact), the initials view, a new version and the comparison with the one before; screenshots for README.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NetworkMapBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task AWorkerUpdatesTheNetworkMapOnATabletAndComparesTheVersions()
    {
        var page = await browser.LoginAsync("medarbejder1.act@caseload.local", 768, 1024); // a tablet held upright
        await page.GotoAsync("/borgere?q=Bent");
        await page.GetByRole(AriaRole.Link, new() { Name = "Bent Kristensen" }).ClickAsync();
        await page.Locator("#nm-sektion a").ClickAsync();
        var persons = page.Locator("#netvaerk .nm-person");
        var before = await persons.CountAsync();
        before.ShouldBeGreaterThan(5);
        (await page.Locator("#netvaerk .nm-category").CountAsync()).ShouldBe(9);
        (await page.Locator("#netvaerk .nm-no-contact").CountAsync()).ShouldBeLessThan(before);
        (await page.Locator("#netvaerk-liste").InnerTextAsync()).ShouldContain("Lene Kristensen (Søster)");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        await BrowserFixture.ScreenshotAsync(page, "16-netvaerkskort");

        // Initials only, for showing the screen in company.
        await page.GetByRole(AriaRole.Link, new() { Name = "Vis kun initialer" }).ClickAsync();
        (await page.Locator("#netvaerk").InnerHTMLAsync()).ShouldNotContain("Lene Kristensen");
        (await page.Locator("#netvaerk").InnerHTMLAsync()).ShouldContain("L.K.");
        (await page.Locator("#netvaerk-liste").InnerTextAsync()).ShouldNotContain("22 33 44 55");
        (await page.Locator("main").InnerTextAsync()).ShouldNotContain("Bent Kristensen"); // the citizen's name goes too

        // A new person, by touch-size fields; the own doctor's row is there and required.
        await page.GetByRole(AriaRole.Link, new() { Name = "Opdatér netværkskortet" }).ClickAsync();
        var row = page.Locator(".nm-row").Nth(before); // the first blank row after the persons
        await row.GetByLabel("Kategori").SelectOptionAsync(new SelectOptionValue { Label = "Privat netværk" });
        await row.GetByLabel("Relation / funktion").FillAsync("Nabo");
        await row.GetByLabel("Navn").FillAsync("Ib Sand");
        await row.GetByLabel("Hvor tæt på").SelectOptionAsync(new SelectOptionValue { Label = "Tæt på" });
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth")).ShouldBeFalse();
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        (await BrowserFixture.TooSmallForTouchAsync(page, "form[data-autosave]")).ShouldBeEmpty();
        await BrowserFixture.ScreenshotAsync(page, "17-netvaerkskort-tablet");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem netværkskort" }).ClickAsync();
        (await page.Locator("[role=status]").First.InnerTextAsync()).ShouldContain("ny version");
        (await persons.CountAsync()).ShouldBe(before + 1);
        var ib = page.Locator("#netvaerk .nm-person", new() { Has = page.Locator("text=Ib Sand") });
        (await ib.GetAttributeAsync("data-sector")).ShouldBe("0"); // private network, the first sector
        (await ib.GetAttributeAsync("data-radius")).ShouldBe("105"); // the inner ring

        // The new version against the one before: drawn side by side and listed.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sammenlign" }).ClickAsync();
        (await page.Locator("#nm-aendringer").InnerTextAsync()).ShouldContain("Tilføjet: Ib Sand (Privat netværk)");
        (await page.Locator("#til .nm-marked").CountAsync()).ShouldBe(1);
        (await page.Locator("#fra .nm-person").CountAsync()).ShouldBe(before);
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        await page.SetViewportSizeAsync(1280, 900);
        await BrowserFixture.ScreenshotAsync(page, "18-netvaerkskort-sammenlign");
    }

    /// <summary>Nothing typed is lost: the tab is closed mid-form (the draft goes to the server as the page hides), the
    /// session ends, and after signing in again the form offers the draft back; saving removes it.</summary>
    [Fact]
    public async Task ADraftSurvivesAClosedTabAndANewSignInAndGoesAwayWhenSaved()
    {
        var page = await browser.LoginAsync("medarbejder1.act@caseload.local", 1024, 768); // a tablet held sideways
        Guid lise; // an ACT citizen without a map yet
        await using (var scope = browser.App.Services.CreateAsyncScope())
            lise = await scope.ServiceProvider.GetRequiredService<Caseload.Infrastructure.Persistence.CaseloadDbContext>().Citizens
                .Where(c => c.Name == "Lise Mortensen").Select(c => c.Id).SingleAsync();
        var form = $"/borgere/{lise}/netvaerkskort/rediger";
        await page.GotoAsync(form);
        (await page.Locator(".autosave-status").InnerTextAsync()).ShouldContain("gemmes automatisk");
        await page.Locator(".nm-row").First.GetByLabel("Egen læge (navn eller lægehus)").FillAsync("Lægehuset Åen");
        await page.Locator(".nm-row").Nth(1).GetByLabel("Navn").FillAsync("Jens (bror)");
        (await page.Locator(".autosave-status").InnerTextAsync()).ShouldBe("Ændringer ikke gemt endnu.");
        await page.EvaluateAsync("() => window.dispatchEvent(new Event('pagehide'))"); // what closing the tab does
        for (var i = 0; i < 50 && (await page.APIRequest.GetAsync($"/kladder?key={Uri.EscapeDataString(form)}")).Status != 200; i++)
            await Task.Delay(100); // the beacon is on its way; a real browser delivers it after the tab is gone, the test waits for it
        await page.Context.CloseAsync();

        var again = await browser.LoginAsync("medarbejder1.act@caseload.local", 1024, 768);
        await again.GotoAsync(form);
        var offer = again.Locator("#kladde-tilbud");
        (await offer.InnerTextAsync()).ShouldContain("Der er en kladde af denne formular");
        (await BrowserFixture.AccessibilityViolationsAsync(again)).ShouldBeEmpty();
        await offer.GetByRole(AriaRole.Button, new() { Name = "Gendan kladden" }).ClickAsync();
        (await again.Locator(".nm-row").First.GetByLabel("Egen læge (navn eller lægehus)").InputValueAsync()).ShouldBe("Lægehuset Åen");
        (await again.Locator(".nm-row").Nth(1).GetByLabel("Navn").InputValueAsync()).ShouldBe("Jens (bror)");
        await again.Locator(".nm-row").Nth(1).GetByLabel("Kategori").SelectOptionAsync(new SelectOptionValue { Label = "Privat netværk" });
        await again.GetByRole(AriaRole.Button, new() { Name = "Gem netværkskort" }).ClickAsync();
        (await again.Locator("#netvaerk-liste").InnerTextAsync()).ShouldContain("Jens (bror)");
        (await again.APIRequest.GetAsync($"/kladder?key={Uri.EscapeDataString(form)}")).Status.ShouldBe(204); // saved: the draft is gone
    }

    /// <summary>A cooperation agreement made on a tablet: the dialogue, one agreement with a follow-up date, saved; the
    /// follow-up then shows on Mine borgere.</summary>
    [Fact]
    public async Task AWorkerMakesACooperationAgreementOnATabletAndItsFollowUpShowsOnMineBorgere()
    {
        var page = await browser.LoginAsync("medarbejder1.act@caseload.local", 768, 1024);
        await page.GotoAsync("/borgere?q=Susanne");
        await page.GetByRole(AriaRole.Link, new() { Name = "Susanne Bak" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Ny samarbejdsaftale" }).ClickAsync();
        await page.GetByLabel("Sted", new() { Exact = true }).FillAsync("Borgerens hjem");
        await page.GetByLabel("Til stede").FillAsync("Susanne og Mette (bostøtte)");
        await page.GetByLabel("Hvad vil du gerne opnå de næste tre måneder?").FillAsync("Komme ud af huset to gange om ugen.");
        var row = page.Locator(".aftale-raekke").First;
        await row.GetByLabel("Mål", new() { Exact = true }).FillAsync("Gå tur med naboens hund");
        await row.GetByLabel("Handlinger — borger").FillAsync("Spørger naboen");
        var followUp = await page.EvaluateAsync<string>("() => { const d = new Date(); d.setDate(d.getDate() + 2); return d.toISOString().slice(0, 10); }");
        await row.GetByLabel("Opfølgning", new() { Exact = true }).FillAsync(followUp);
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth")).ShouldBeFalse();
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        (await BrowserFixture.TooSmallForTouchAsync(page, "#aftale-form")).ShouldBeEmpty();
        await BrowserFixture.ScreenshotAsync(page, "19-samarbejdsaftale-tablet");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem samarbejdsaftale" }).ClickAsync();
        (await page.Locator("[role=status]").First.InnerTextAsync()).ShouldContain("Samarbejdsaftalen er gemt");
        (await page.Locator(".aftale-raekke").First.GetByLabel("Mål", new() { Exact = true }).InputValueAsync()).ShouldBe("Gå tur med naboens hund");

        // Handed over on the spot: the print view (readable, accessible) and the PDF, named without a CPR number.
        await page.GetByRole(AriaRole.Link, new() { Name = "Udskriv", Exact = true }).ClickAsync();
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Samarbejdsaftale");
        (await page.Locator(".confidential").InnerTextAsync()).ShouldBe("Fortroligt — indeholder personoplysninger");
        (await page.Locator("main").InnerTextAsync()).ShouldContain("Gå tur med naboens hund");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        await BrowserFixture.ScreenshotAsync(page, "24-udskrift-samarbejdsaftale");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#download-pdf").ClickAsync());
        download.SuggestedFilename.ShouldMatch(@"^Samarbejdsaftale-SB-\d{4}-\d{2}-\d{2}\.pdf$");
        var pdfPath = await download.PathAsync();
        (await File.ReadAllBytesAsync(pdfPath!)).Take(5).ShouldBe("%PDF-"u8.ToArray());

        await page.GotoAsync("/mine-borgere");
        (await page.Locator("#mine-borgere tbody tr", new() { HasText = "Susanne Bak" }).InnerTextAsync()).ShouldContain("Opfølgning på samarbejdsaftale");
    }

    /// <summary>The ACT action plan on a tablet: a new goal in the citizen's words, a declined part kept, a new revision.</summary>
    [Fact]
    public async Task AWorkerRevisesTheActionPlanOnATabletAndADeclinedPartStays()
    {
        var page = await browser.LoginAsync("medarbejder1.act@caseload.local", 1024, 768);
        await page.GotoAsync("/borgere?q=Bent");
        await page.GetByRole(AriaRole.Link, new() { Name = "Bent Kristensen" }).ClickAsync();
        await page.Locator("#plan-sektion a").ClickAsync();
        var before = await page.Locator("#plan-revisioner li").CountAsync();
        (await page.Locator(".plan-raekke legend", new() { HasText = "borgeren har sagt nej" }).CountAsync()).ShouldBe(1);
        var row = page.Locator(".plan-raekke").Nth(3); // the first blank row after the three goals
        await row.GetByLabel("Livsområde").SelectOptionAsync(new SelectOptionValue { Label = "Socialt netværk" });
        await row.GetByLabel("Borgerens egne ord / ønske").FillAsync("Jeg savner at spille kort.");
        await row.GetByLabel("Mål", new() { Exact = true }).FillAsync("Kortklub på værestedet en gang om ugen");
        await row.GetByLabel("Hvem i teamet (faggruppe)").FillAsync("Bostøtte/socialpædagogisk støtte");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        (await BrowserFixture.TooSmallForTouchAsync(page, "form[data-autosave]")).ShouldBeEmpty();
        await BrowserFixture.ScreenshotAsync(page, "20-act-indsatsplan-tablet");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem indsatsplan" }).ClickAsync();
        (await page.Locator("[role=status]").First.InnerTextAsync()).ShouldContain("ny revision");
        (await page.Locator("#plan-revisioner li").CountAsync()).ShouldBe(before + 1);
        (await page.Locator(".plan-raekke legend", new() { HasText = "borgeren har sagt nej" }).CountAsync()).ShouldBe(1); // the declined part is still there
        (await page.Locator(".plan-raekke").Nth(3).GetByLabel("Mål", new() { Exact = true }).InputValueAsync()).ShouldBe("Kortklub på værestedet en gang om ugen");
    }

    /// <summary>The coordinating meeting on a tablet: participants picked from the network map and the team, an own point,
    /// a task; the invitation sent (who had no address is named); the task on the owner's start page.</summary>
    [Fact]
    public async Task AWorkerPlansACoordinatingMeetingOnATabletAndTheTaskReachesTheStartPage()
    {
        var page = await browser.LoginAsync("medarbejder1.act@caseload.local", 768, 1024);
        await page.GotoAsync("/borgere?q=Bent");
        await page.GetByRole(AriaRole.Link, new() { Name = "Bent Kristensen" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Nyt koordinerende møde" }).ClickAsync();
        (await page.Locator(".dagsorden-raekke legend").First.InnerTextAsync()).ShouldBe("Punkt 1: Velkomst og præsentation af deltagerne");
        await page.GetByLabel("Sted", new() { Exact = true }).FillAsync("Bents hjem");
        await page.Locator("#vaelg-deltagere summary").ClickAsync();
        await page.GetByLabel("Per Vang (Vicevært)").CheckAsync();
        await page.Locator("#vaelg-deltagere input[name='Input.PickMembers']").Nth(1).CheckAsync();
        var own = page.Locator(".dagsorden-raekke").Nth(4);
        await own.GetByLabel("Emne").FillAsync("Huslejen");
        await own.GetByLabel("Hvad vil vi opnå?").FillAsync("En plan for restancen, som Bent kan overskue.");
        var task = page.Locator(".opgave-raekke").First;
        await task.GetByLabel("Opgave", new() { Exact = true }).FillAsync("Ring til boligselskabet om afdrag");
        await task.GetByLabel("Ansvarlig").SelectOptionAsync(new SelectOptionValue { Label = "Mette Andersen" });
        var due = await page.Locator("#Input_Date").InputValueAsync();
        await task.GetByLabel("Frist").FillAsync(due);
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth")).ShouldBeFalse();
        (await BrowserFixture.TooSmallForTouchAsync(page, "#moede-form")).ShouldBeEmpty();
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        await BrowserFixture.ScreenshotAsync(page, "21-koordinerende-moede-tablet");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem mødet" }).ClickAsync();
        (await page.Locator("[role=status]").First.InnerTextAsync()).ShouldContain("Mødet er gemt", customMessage: await page.Locator("main").InnerTextAsync());
        (await page.Locator(".deltager-raekke input[name$='.Name'] >> nth=1").InputValueAsync()).ShouldBe("Per Vang");
        (await page.Locator("#status-referat").InnerTextAsync()).ShouldContain("skal sendes senest");

        await page.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        var status = await page.Locator("[role=status]").First.InnerTextAsync();
        status.ShouldStartWith("Invitationen med kalenderfil er sendt til");
        status.ShouldContain("Ikke sendt til Bent Kristensen, Per Vang"); // no address: told, not silently skipped
        (await page.Locator("#status-invitation").InnerTextAsync()).ShouldContain("sendt");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();

        await page.GotoAsync("/");
        var mine = page.Locator("#mine-opgaver-sektion .opgave", new() { HasText = "Ring til boligselskabet om afdrag" });
        (await mine.InnerTextAsync()).ShouldContain("Bent Kristensen");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        await BrowserFixture.ScreenshotAsync(page, "22-forside-mine-opgaver");
        await mine.GetByRole(AriaRole.Button).ClickAsync();
        (await page.Locator("[role=status]").First.InnerTextAsync()).ShouldBe("Opgaven er markeret som udført.");
        (await page.Locator("#mine-opgaver-sektion .opgave", new() { HasText = "Ring til boligselskabet om afdrag" }).CountAsync()).ShouldBe(0);
    }

    /// <summary>A manager ticks the implementation checklist, adds an activity on a tablet and prints the plan.</summary>
    [Fact]
    public async Task AManagerFillsPartOfTheImplementationPlanAndPrintsIt()
    {
        var page = await browser.LoginAsync("leder@caseload.local", 1024, 768);
        await page.GetByRole(AriaRole.Link, new() { Name = "Implementeringsprojekter og -planer" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Socialpsykiatrien Solbjerg" }).ClickAsync();
        (await page.Locator("#fase").InnerTextAsync()).ShouldStartWith("Gennemførelsesfasen");
        var third = page.Locator("#tjekliste-CarryOut .tjekpunkt").Nth(2);
        await third.GetByRole(AriaRole.Button).ClickAsync();
        (await page.Locator("[role=status]").First.InnerTextAsync()).ShouldBe("Punktet er krydset af.");
        (await page.Locator("#tjekliste-CarryOut .tjekpunkt").Nth(2).InnerTextAsync()).ShouldContain("Afkrydset af Lars Leder kl.");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        await BrowserFixture.ScreenshotAsync(page, "25-implementering");

        await page.GetByRole(AriaRole.Link, new() { Name = "Parathedsvurdering" }).ClickAsync();
        (await page.Locator("#sammenligning").InnerTextAsync()).ShouldContain("+2 (bedre)");
        (await BrowserFixture.TooSmallForTouchAsync(page, "#parathed-form")).ShouldBeEmpty();
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        await BrowserFixture.ScreenshotAsync(page, "29-parathedsvurdering");
        await page.GoBackAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Uddannelsesplan" }).ClickAsync();
        (await page.Locator("#timer-pr-medarbejder").InnerTextAsync()).ShouldContain("28,5");
        (await BrowserFixture.TooSmallForTouchAsync(page, "#uddannelse-form")).ShouldBeEmpty();
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        await page.GoBackAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Redigér implementeringsplanen" }).ClickAsync();
        var row = page.Locator(".aktivitet-raekke").Nth(4); // the first blank row after the four demo activities
        await row.GetByLabel("Fokusområde").FillAsync("Team");
        await row.GetByLabel("Aktivitet", new() { Exact = true }).FillAsync("Temadag om dynamik og ægthed i teamet");
        await row.GetByLabel("Ansvarlig").FillAsync("Teamleder");
        (await BrowserFixture.TooSmallForTouchAsync(page, "#plan-form")).ShouldBeEmpty();
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem implementeringsplanen" }).ClickAsync();
        (await page.Locator("#aktiviteter").InnerTextAsync()).ShouldContain("Temadag om dynamik og ægthed i teamet");

        await page.GetByRole(AriaRole.Link, new() { Name = "Udskriv implementeringsplanen" }).ClickAsync();
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Implementeringsplan – ACT");
        (await page.Locator("main").InnerTextAsync()).ShouldContain("Temadag om dynamik og ægthed i teamet");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#download-pdf").ClickAsync());
        download.SuggestedFilename.ShouldMatch(@"^Implementeringsplan-ACT-\d{4}-\d{2}-\d{2}\.pdf$");
        var pdf = await download.PathAsync();
        using var pdftoppm = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("pdftoppm",
            ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf!, Path.Combine(BrowserFixture.RepositoryRoot, "docs", "screenshots", "26-implementeringsplan-pdf")]))!;
        await pdftoppm.WaitForExitAsync();
        pdftoppm.ExitCode.ShouldBe(0);
    }

    /// <summary>A drop-in centre's fixed times and absences, and the wall schedule of first names, roles and times.</summary>
    [Fact]
    public async Task ATeamLeaderSeesACentresScheduleAndItsWallPage()
    {
        var page = await browser.LoginAsync("teamleder.fs@caseload.local", 1024, 768);
        await page.GetByRole(AriaRole.Link, new() { Name = "Væresteder og faste tider" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Værestedet Lyset", Exact = true }).ClickAsync();
        (await page.Locator("#fravaer-liste").InnerTextAsync()).ShouldContain("Ferie");
        (await BrowserFixture.TooSmallForTouchAsync(page, "#vaerested-form")).ShouldBeEmpty();
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        await BrowserFixture.ScreenshotAsync(page, "27-vaerested");
        await page.GetByRole(AriaRole.Link, new() { Name = "Hvem er her hvornår (til opslagstavlen)" }).ClickAsync();
        var wall = await page.Locator("#plakat").InnerTextAsync();
        wall.ShouldContain("Støtte- og kontaktperson (SKP)");
        wall.ShouldNotContain("Andersen"); // first names only
        (await BrowserFixture.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        await BrowserFixture.ScreenshotAsync(page, "28-hvem-er-her");
    }
}
