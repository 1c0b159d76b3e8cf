using System.Net;
using Caseload.Domain.Teams;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace Caseload.Web.Tests.Results;

/// <summary>The results pages' exports hold the page's values (issue #29 must-show 8): an Excel workbook opened with OpenXml, a
/// PDF from Chromium read back with PdfPig, and a CSV whose cells cannot run as formulas.</summary>
public sealed class ResultsExportTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    /// <summary>The first sheet's rows as texts, read with OpenXml (not the app's own reader).</summary>
    private static async Task<List<List<string>>> SheetAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = SpreadsheetDocument.Open(stream, false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single();
        return [.. sheet.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList())];
    }

    private static HashSet<string> Words(string s) => [.. s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)];

    private static async Task<string> PdfTextAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf", await response.Content.ReadAsStringAsync());
        using var doc = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        return string.Join("\n", doc.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    [Fact]
    public async Task TheActWorkbookAndPdfHoldTheValuesThePageShows()
    {
        using var leader = await app.SignedInAsync("teamleder.act@caseload.local");
        var page = await leader.GetPageAsync("/resultater/act");
        var shown = page.QuerySelectorAll("table.results-table tbody tr")
            .ToDictionary(r => r.QuerySelector("th .badge")!.TextContent.Trim(), r => r.QuerySelectorAll("td")[0].TextContent.Trim());
        shown.Count.ShouldBeGreaterThan(5);

        using var xlsx = await leader.GetAsync(page.QuerySelector("a[href^='/resultater/act/xlsx']")!.GetAttribute("href")!);
        var rows = await SheetAsync(xlsx);
        rows[0][0].ShouldBe("Periode");
        foreach (var (code, value) in shown)
            rows.Single(r => r.Count > 3 && r[0] == code)[3].ShouldBe(value, code);

        // The print view carries the period into its PDF link; the PDF holds the title and every value.
        var printUrl = page.QuerySelector("a[href^='/resultater/act/udskrift']")!.GetAttribute("href")!;
        var print = await leader.GetPageAsync(printUrl);
        var pdfUrl = print.QuerySelector("#download-pdf")!.GetAttribute("href")!;
        pdfUrl.ShouldStartWith(printUrl + "&pdf=true");
        print.QuerySelectorAll("table.results-table tbody tr").Length.ShouldBe(shown.Count);
        using var pdf = await leader.GetAsync(pdfUrl);
        var text = await PdfTextAsync(pdf);
        text.ShouldContain("Resultater og metodetroskab – ACT");
        foreach (var value in shown.Values.Distinct()) Words(value).Except(Words(text)).ShouldBeEmpty(value);
    }

    [Fact]
    public async Task TheOutreachWorkbookPdfAndCsvHoldThePagesCellsAndACsvCellNeverRunsAsAFormula()
    {
        var team = await app.QueryAsync(db => db.Teams.Where(t => t.Method == Method.Outreach).Select(t => new { t.Id, t.Name }).FirstAsync());
        using var manager = await app.SignedInAsync("leder@caseload.local");
        var page = await manager.GetPageAsync("/resultater/fremskudt");
        var cells = page.QuerySelectorAll("#fs-frister tbody tr, #fs-tal tbody tr")
            .Select(r => (Name: r.QuerySelector("th")!.ChildNodes[0].TextContent.Trim(), Total: r.QuerySelectorAll("td")[1].TextContent.Trim())).ToList();
        cells.Count.ShouldBe(10);

        using var xlsx = await manager.GetAsync(page.QuerySelector("a[href^='/resultater/fremskudt/xlsx']")!.GetAttribute("href")!);
        var rows = await SheetAsync(xlsx);
        foreach (var (name, total) in cells) rows.Single(r => r[0] == name)[2].ShouldBe(total, name);

        using var pdf = await manager.GetAsync(page.QuerySelector("a[href^='/resultater/fremskudt/udskrift']")!.GetAttribute("href")! + "&pdf=true");
        var text = await PdfTextAsync(pdf);
        text.ShouldContain("Resultater – fremskudt sagsbehandling");
        text.ShouldContain("Kontakt til borgeren");
        // A cell may wrap inside its column, and the PDF's text runs line by line across the columns: each word is there.
        foreach (var (_, total) in cells) Words(total).Except(Words(text)).ShouldBeEmpty(total);

        // A team named like a formula stays text in the CSV; in the workbook it is a string cell.
        await app.QueryAsync(db => db.Teams.Where(t => t.Id == team.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.Name, "=HYPERLINK(\"http://x\")")));
        try
        {
            using var csv = await manager.GetAsync($"/resultater/fremskudt/csv?team={team.Id}");
            var lines = (await csv.Content.ReadAsStringAsync()).Split('\n').Select(l => l.TrimStart('\uFEFF').TrimEnd('\r')).ToList();
            lines.ShouldContain(l => l.Contains("'=HYPERLINK(", StringComparison.Ordinal), string.Join("\n", lines));
            lines.SelectMany(l => l.Split(';')).ShouldNotContain(f => f.StartsWith('=') || f.StartsWith("\"=", StringComparison.Ordinal));
        }
        finally
        {
            await app.QueryAsync(db => db.Teams.Where(t => t.Id == team.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.Name, team.Name)));
        }
    }

    [Fact]
    public async Task TheCitizensWorkbookHoldsTheWho5RowsOfThePage()
    {
        using var manager = await app.SignedInAsync("leder@caseload.local");
        var page = await manager.GetPageAsync("/resultater/borgere");
        var shown = page.QuerySelectorAll("#tabel-who5 tbody tr")
            .Select(r => new List<string> { r.QuerySelector("th")!.TextContent.Trim() }.Concat(r.QuerySelectorAll("td").Take(5).Select(td => td.TextContent.Trim())).ToList()).ToList();
        shown.ShouldNotBeEmpty();
        using var xlsx = await manager.GetAsync(page.QuerySelector("a[href^='/resultater/borgere/xlsx']")!.GetAttribute("href")!);
        var rows = await SheetAsync(xlsx);
        foreach (var row in shown)
        {
            var found = rows.First(r => r.Count > 5 && r[0] == row[0]);
            // Team, method, citizens, first, latest, change: the page's first column after the name is the method.
            found.Skip(1).Take(5).ShouldBe(row.Skip(1).Take(5), string.Join(" | ", row));
        }
    }

    [Fact]
    public async Task TheCtiWorkbookCsvAndPdfAndTheCitizensPdfHoldThePagesValues()
    {
        using var leader = await app.SignedInAsync("teamleder.cti@caseload.local");
        var page = await leader.GetPageAsync("/resultater/cti");
        var shown = page.QuerySelectorAll("#cti-fidelitet tbody tr")
            .Select(r => (Name: r.QuerySelector("th")!.ChildNodes[0].TextContent.Trim(), Total: r.QuerySelectorAll("td")[1].TextContent.Trim())).ToList();
        shown.Count.ShouldBe(9);
        using var xlsx = await leader.GetAsync(page.QuerySelector("a[href^='/resultater/cti/xlsx']")!.GetAttribute("href")!);
        var rows = await SheetAsync(xlsx);
        foreach (var (name, total) in shown) rows.Single(r => r[0] == name)[2].ShouldBe(total, name);
        using var csv = await leader.GetAsync(page.QuerySelector("a[href^='/resultater/cti/csv']")!.GetAttribute("href")!);
        (await csv.Content.ReadAsStringAsync()).ShouldContain("Faseskift til tiden (±14 dage)");
        using var pdf = await leader.GetAsync(page.QuerySelector("a[href^='/resultater/cti/udskrift']")!.GetAttribute("href")! + "&pdf=true");
        var text = await PdfTextAsync(pdf);
        text.ShouldContain("Metodetroskab – CTI");
        foreach (var (_, total) in shown) Words(total).Except(Words(text)).ShouldBeEmpty(total);

        var outcomes = await leader.GetPageAsync("/resultater/borgere");
        var n = outcomes.QuerySelectorAll("#tabel-who5 tbody tr")[0].QuerySelectorAll("td")[1].TextContent.Trim();
        using var outcomesPdf = await leader.GetAsync(outcomes.QuerySelector("a[href^='/resultater/borgere/udskrift']")!.GetAttribute("href")! + "&pdf=true");
        var outcomesText = await PdfTextAsync(outcomesPdf);
        outcomesText.ShouldContain("Resultater for borgerne");
        outcomesText.ShouldContain("WHO-5");
        Words(n).Except(Words(outcomesText)).ShouldBeEmpty(n);
    }

    [Fact]
    public async Task ThePrintViewsKeepThePagesScope()
    {
        using var worker = await app.SignedInAsync("medarbejder1.fs@caseload.local");
        using (var refused = await worker.GetAsync("/resultater/fremskudt/udskrift")) refused.Headers.Location!.AbsolutePath.ShouldBe("/konto/ingen-adgang");
        using var actLeader = await app.SignedInAsync("teamleder.act@caseload.local");
        using (var none = await actLeader.GetAsync("/resultater/fremskudt/udskrift")) none.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using (var none = await actLeader.GetAsync("/resultater/fremskudt/xlsx")) none.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var ctiLeader = await app.SignedInAsync("teamleder.cti@caseload.local");
        using (var none = await ctiLeader.GetAsync("/resultater/act/udskrift?pdf=true")) none.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
