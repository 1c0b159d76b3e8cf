using System.Net;
using AngleSharp.Html.Dom;
using Caseload.Domain.Auditing;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace Caseload.Web.Tests.Implementation;

/// <summary>Managers and team leaders keep the implementation: a project, its phase, the checklists with who ticked what,
/// the plan with overdue activities highlighted, and the plan as a PDF (read back). Workers have no access.</summary>
public abstract class ImplementationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseloadAppFactory, new()
{
    [Fact]
    public async Task AManagerCreatesAProjectTicksTheChecklistFillsThePlanAndSeesTheOverdueActivity()
    {
        using var manager = TestClient.For(app);
        await manager.SignInAsync("leder@caseload.local");
        var url = await manager.PostFormForRedirectAsync("/implementering", [new("Input.Method", "Cti"), new("Input.Unit", "Boligsocialt team Øst"), new("Input.Phase", "Decide")],
            "/implementering/ny");

        using (var ticked = await manager.PostFormAsync(url, [new("phase", "Decide"), new("number", "2"), new("done", "true")], "/tjekliste"))
            ticked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await manager.GetPageAsync(url);
        var item = page.QuerySelectorAll("#tjekliste-Decide .tjekpunkt")[1];
        item.TextContent.ShouldContain("Der er gennemført en parathedsvurdering.");
        item.TextContent.ShouldNotContain("af af");
        System.Text.RegularExpressions.Regex.IsMatch(item.TextContent, @"Afkrydset af Lars Leder kl\. \d{2}\.\d{2} den \d{1,2}\. [a-zæøå]+").ShouldBeTrue(item.TextContent);
        page.QuerySelector("#tjekliste-Decide .badge")!.TextContent.ShouldBe("1 af 4");

        // Three of the decision phase's items are open: moving on asks for a deliberate "Skift alligevel" (issue #27 item 18).
        using (var asked = await manager.PostFormAsync(url, [new("phase", "Plan")], "/fase"))
        {
            asked.StatusCode.ShouldBe(HttpStatusCode.OK);
            var form = await TestClient.ParseAsync(asked);
            form.QuerySelector("#confirm-hint")!.TextContent.ShouldBe("Beslutningsfasen har 3 åbne punkter på tjeklisten. Sæt kryds i «Skift alligevel», hvis implementeringen skal videre til planlægningsfasen nu.");
            form.QuerySelector("#phase option[selected]")!.GetAttribute("value").ShouldBe("Plan");
        }
        (await manager.GetPageAsync(url)).QuerySelector("#fase")!.TextContent.ShouldStartWith("Beslutningsfasen");
        using (var moved = await manager.PostFormAsync(url, [new("phase", "Plan"), new("confirm", "true")], "/fase")) moved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await manager.GetPageAsync(url)).QuerySelector("#fase")!.TextContent.ShouldStartWith("Planlægningsfasen");

        var version = ((IHtmlInputElement)(await manager.GetPageAsync(url + "/plan")).QuerySelector("input[name='Input.Version']")!).Value;
        using (var saved = await manager.PostFormAsync(url + "/plan", [new("Input.Version", version),
                   new("Input.Activities[0].FocusArea", "Uddannelse"), new("Input.Activities[0].Activity", "Kursus i CTI for hele teamet"),
                   new("Input.Activities[0].Responsible", "Leder"), new("Input.Activities[0].Deadline", "2020-01-31"), new("Input.Activities[0].Status", "InProgress"),
                   new("Input.Activities[1].Activity", "Styregruppemøde"), new("Input.Activities[1].Deadline", "2020-01-31"), new("Input.Activities[1].Status", "Done"),
                   new("Input.Roles[0].Level", "Management"), new("Input.Roles[0].Role", "Leder"), new("Input.Roles[0].Responsibility", "Formand for styregruppen")],
                   "/plan"))
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page = await manager.GetPageAsync(url);
        page.QuerySelector("#overskredne-aktiviteter")!.TextContent.ShouldContain("Kursus i CTI for hele teamet"); // the done one is not over its deadline
        page.QuerySelector("#overskredne-aktiviteter")!.TextContent.ShouldNotContain("Styregruppemøde");
        page.QuerySelector("#roller")!.TextContent.ShouldContain("Formand for styregruppen");

        using var pdf = await manager.GetAsync(url + "/udskrift?pdf=true");
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        pdf.Content.Headers.ContentDisposition!.FileName!.ShouldStartWith("Implementeringsplan-CTI-");
        using var doc = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var text = string.Join(" ", doc.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        text.ShouldContain("Implementeringsplan – CTI");
        text.ShouldContain("Boligsocialt team Øst");
        text.ShouldContain("Kursus i CTI"); // a cell wraps, so its lines interleave with the next cells' in the text
        text.ShouldContain("parathedsvurdering");
        text.ShouldContain("Lars Leder"); // who ticked it
        text.ShouldContain("Fortroligt — indeholder personoplysninger");
        doc.GetPages().ShouldAllBe(p => Math.Abs(p.Width - 595) < 2);
        (await app.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.Printed && a.EntityType == AuditNames.ImplementationProject))).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task TheDemoActImplementationIsCarriedOutWithTheEarlierPhasesTicked()
    {
        using var leader = TestClient.For(app);
        await leader.SignInAsync("teamleder.act@caseload.local");
        var list = await leader.GetPageAsync("/implementering");
        var link = list.QuerySelectorAll("#projekter a").Single(a => a.TextContent == "Socialpsykiatrien Solbjerg");
        var page = await leader.GetPageAsync(link.GetAttribute("href")!);
        page.QuerySelector("#fase")!.TextContent.ShouldStartWith("Gennemførelsesfasen");
        page.QuerySelector("#tjekliste-Plan .badge")!.TextContent.ShouldBe("7 af 7");
        page.QuerySelector("#tjekliste-CarryOut .badge")!.TextContent.ShouldBe("2 af 5");
        page.QuerySelectorAll("#overskredne-aktiviteter li").Length.ShouldBe(1);

        // Into "Forankring" with three of "Gennemførelse"'s items open: refused until confirmed, the phase unchanged.
        using var asked = await leader.PostFormAsync(link.GetAttribute("href")!, [new("phase", "Anchor")], "/fase");
        (await TestClient.ParseAsync(asked)).QuerySelector("#confirm-hint")!.TextContent.ShouldStartWith("Gennemførelsesfasen har 3 åbne punkter");
        (await leader.GetPageAsync(link.GetAttribute("href")!)).QuerySelector("#fase")!.TextContent.ShouldStartWith("Gennemførelsesfasen");
    }

    [Fact]
    public async Task WorkersHaveNoAccessAndBadInputIsAnsweredInDanish()
    {
        using var worker = TestClient.For(app);
        await worker.SignInAsync("medarbejder1.act@caseload.local");
        using var denied = await worker.GetAsync("/implementering");
        denied.StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
        if (denied.StatusCode == HttpStatusCode.Redirect) denied.Headers.Location!.OriginalString.ShouldContain("adgang", Case.Insensitive);

        using var manager = TestClient.For(app);
        await manager.SignInAsync("leder@caseload.local");
        using var bad = await manager.PostFormAsync("/implementering", [new("Input.Method", "Act"), new("Input.Unit", " "), new("Input.Phase", "Decide")], "/implementering/ny");
        bad.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TestClient.ParseAsync(bad)).QuerySelector("#fejl-oversigt")!.TextContent.ShouldContain("Skriv hvilken enhed implementeringen gælder.");
        using var unknown = await manager.PostFormAsync("/implementering", [new("Input.Method", "Månen"), new("Input.Unit", "X"), new("Input.Phase", "Decide")], "/implementering/ny");
        (await TestClient.ParseAsync(unknown)).QuerySelector("#fejl-oversigt")!.TextContent.ShouldContain("Værdien 'Månen' er ikke gyldig.");
        using var missing = await manager.GetAsync($"/implementering/{Guid.NewGuid()}");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class ImplementationTestsOnSqlite(SqliteAppFactory app) : ImplementationTests<SqliteAppFactory>(app);
public sealed class ImplementationTestsOnPostgres(PostgresAppFactory app) : ImplementationTests<PostgresAppFactory>(app);
