using System.Net;
using AngleSharp.Dom;
using System.Text.RegularExpressions;
using Caseload.Domain.Auditing;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Caseload.Application.Printing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace Caseload.Web.Tests.Printing;

/// <summary>Every template as a real PDF from Chromium, read back with PdfPig: A4, the title, the citizen, Danish letters, the
/// confidentiality marking and "Side x af y"; the CPR masked unless chosen; each print audited; a long document paginates.</summary>
public sealed partial class PdfTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private const string Marking = "Fortroligt — indeholder personoplysninger";

    private sealed record Pdf(string FileName, int Pages, IReadOnlyList<string> PageTexts, bool A4)
    {
        public string Text => string.Join("\n", PageTexts);
    }

    private static async Task<Pdf> ReadAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf", await response.Content.ReadAsStringAsync());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var doc = PdfDocument.Open(bytes);
        var pages = doc.GetPages().ToList();
        return new(response.Content.Headers.ContentDisposition!.FileName!.Trim('"'), pages.Count,
            [.. pages.Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))],
            pages.All(p => Math.Abs(p.Width - 595) < 2 && Math.Abs(p.Height - 842) < 2));
    }

    [Theory]
    [InlineData("medarbejder1.act@caseload.local", "Bent Kristensen", "samarbejdsaftale", "Samarbejdsaftale")]
    [InlineData("medarbejder1.act@caseload.local", "Bent Kristensen", "netvaerkskort", "Netværkskort")]
    [InlineData("medarbejder1.act@caseload.local", "Bent Kristensen", "indsatsplan", "ACT-indsatsplan")]
    [InlineData("medarbejder1.act@caseload.local", "Bent Kristensen", "oversigt", "Borgeroversigt")]
    [InlineData("teamleder.cti@caseload.local", "Thomas Vinther", "cti-plan", "CTI – langsigtet plan og overdragelsesplan")]
    [InlineData("teamleder.cti@caseload.local", "Thomas Vinther", "cti-maalinger", "CTI – målinger")]
    [InlineData("teamleder.fs@caseload.local", null, "koordinerende-moede", "Koordinerende møde – invitation og dagsorden")]
    [InlineData("teamleder.fs@caseload.local", null, "koordinerende-moede/referat", "Koordinerende møde – referat")]
    [InlineData("teamleder.fs@caseload.local", "Lone Brandt", "screening", "Screeningsskema – fremskudt sagsbehandling")]
    public async Task EveryTemplateIsAnA4PdfWithItsTitleTheCitizenDanishLettersAndTheMarking(string user, string? citizenName, string document, string title)
    {
        using var client = TestClient.For(app);
        await client.SignInAsync(user);
        var (citizen, url) = await UrlAsync(citizenName, document);
        var (name, cpr) = await app.QueryAsync(db => db.Citizens.Where(c => c.Id == citizen).Select(c => new { c.Name, c.Cpr }).SingleAsync()) is var c ? (c.Name, c.Cpr) : default;

        using var response = await client.GetAsync(url + "?pdf=true");
        var pdf = await ReadAsync(response);

        pdf.A4.ShouldBeTrue();
        pdf.Text.ShouldContain(title);
        pdf.Text.ShouldContain(name);
        pdf.Text.ShouldContain(Marking);
        pdf.Text.ShouldContain($"Side 1 af {pdf.Pages}");
        pdf.PageTexts.ShouldAllBe(t => t.Contains(Marking, StringComparison.Ordinal)); // the running header, on every page
        Regex.IsMatch(pdf.Text, "[æøåÆØÅ]").ShouldBeTrue();
        if (cpr is not null)
        {
            pdf.Text.ShouldNotContain(cpr.Formatted);
            pdf.Text.ShouldContain(cpr.Masked);
        }
        FileName().IsMatch(pdf.FileName).ShouldBeTrue(pdf.FileName);
        pdf.FileName.ShouldNotContain(cpr?.Digits[..6] ?? "ingen");
        (await app.QueryAsync(db => db.AuditEntries.Where(a => a.Action == AuditAction.Printed && a.CitizenId == citizen).Select(a => a.Changes).ToListAsync()))
            .ShouldContain(d => d!.StartsWith(title, StringComparison.Ordinal) && d.Contains("PDF", StringComparison.Ordinal));
    }

    /// <summary>The ACT team meeting's minutes (ADR 0032): a team document with every citizen reviewed, their CPR masked,
    /// the notes, decisions and tasks; the print audited.</summary>
    [Fact]
    public async Task TheTeamMeetingsMinutesAreAnA4PdfWithTheNotesAndMaskedCpr()
    {
        using var client = TestClient.For(app);
        await client.SignInAsync("teamleder.act@caseload.local");
        var held = await app.QueryAsync(db => db.TeamMeetings.Where(m => m.ClosedAt != null).Select(m => new { m.Id, m.TeamId }).SingleAsync());
        using var response = await client.GetAsync($"/act/teams/{held.TeamId}/teammoeder/{held.Id}/referat?pdf=true");
        var pdf = await ReadAsync(response);
        pdf.A4.ShouldBeTrue();
        pdf.Text.ShouldContain("ACT-teammøde – referat");
        pdf.Text.ShouldContain(Marking);
        pdf.Text.ShouldContain($"Side 1 af {pdf.Pages}");
        // Table cells wrap, and PdfPig reads a row's lines across the columns: each word of the note and the task is there.
        foreach (var word in "Stabil uge. Har betalt huslejen og kommer på værestedet. Følg op budgettet med borgeren".Split(' '))
            pdf.Text.ShouldContain(word);
        pdf.Text.ShouldContain("Kristensen"); // a narrow column: the first name may sit on a line of its own
        pdf.Text.ShouldContain("120367-xxxx");
        pdf.Text.ShouldNotContain("120367-1235");
        pdf.FileName.ShouldStartWith("Teammoede-");
        (await app.QueryAsync(db => db.AuditEntries.Where(a => a.Action == AuditAction.Printed && a.EntityKey == held.Id.ToString()).Select(a => a.Changes).ToListAsync()))
            .ShouldContain(d => d!.Contains("referat", StringComparison.Ordinal) && d.Contains("PDF", StringComparison.Ordinal));
    }

    /// <summary>Issue #27 item 3: "Vis kun initialer" on the network map reaches the print view and the PDF — no name of the
    /// citizen or of anyone on the map, no CPR number, address or phone — and the map page's print links carry it.</summary>
    [Fact]
    public async Task TheNetworkMapWithInitialsOnlyPrintsAndDownloadsWithoutNames()
    {
        using var client = TestClient.For(app);
        await client.SignInAsync("medarbejder1.act@caseload.local");
        var (citizen, url) = await UrlAsync("Bent Kristensen", "netvaerkskort");
        var c = await app.QueryAsync(db => db.Citizens.Where(x => x.Id == citizen).Select(x => new { x.Name, x.Cpr, x.Address, x.Phone }).SingleAsync());
        var named = await client.GetPageAsync(url);
        var persons = named.QuerySelectorAll("table:not(.facts) tbody td:nth-child(3)").Select(td => td.TextContent.Trim()).Where(n => n.Length > 0).ToList();
        persons.ShouldNotBeEmpty();

        var screen = await client.GetPageAsync($"/borgere/{citizen}/netvaerkskort?initialer=true");
        var pdfLink = screen.QuerySelectorAll(".print-buttons a").Select(a => a.GetAttribute("href")).ToList();
        pdfLink.ShouldContain($"{url}?initialer=true");
        pdfLink.ShouldContain($"{url}?initialer=true&pdf=true");

        var printView = await client.GetPageAsync($"{url}?initialer=true");
        var html = printView.Body!.TextContent + printView.Title;
        using var response = await client.GetAsync($"{url}?initialer=true&pdf=true");
        var pdf = await ReadAsync(response);
        foreach (var text in new[] { html, pdf.Text })
        {
            text.ShouldNotContain(c.Name);
            text.ShouldNotContain(c.Name.Split(' ')[1]);
            text.ShouldNotContain(c.Cpr!.Masked);
            if (c.Phone is { } phone) text.ShouldNotContain(phone);
            if (c.Address is { } address) text.ShouldNotContain(address);
            foreach (var person in persons) text.ShouldNotContain(person);
            text.ShouldContain("B.K.");
        }
        pdf.FileName.ShouldBe($"Netvaerkskort-BK-{pdf.FileName[^14..]}");
        (await app.QueryAsync(db => db.AuditEntries.Where(a => a.Action == AuditAction.Printed && a.CitizenId == citizen).Select(a => a.Changes).ToListAsync()))
            .ShouldContain(d => d!.Contains("kun initialer", StringComparison.Ordinal) && d.Contains("PDF", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheFullCprNumberIsPrintedOnlyWhenChosenAndThatIsAuditedAsARevealedCpr()
    {
        using var client = TestClient.For(app);
        await client.SignInAsync("medarbejder1.act@caseload.local");
        var (citizen, url) = await UrlAsync("Bent Kristensen", "oversigt");
        var cpr = await app.QueryAsync(db => db.Citizens.Where(c => c.Id == citizen).Select(c => c.Cpr).SingleAsync());
        var revealed = await app.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.RevealedCpr && a.CitizenId == citizen));

        using var response = await client.GetAsync(url + "?pdf=true&fuldtCpr=true");
        (await ReadAsync(response)).Text.ShouldContain(cpr!.Formatted);
        (await app.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.RevealedCpr && a.CitizenId == citizen))).ShouldBe(revealed + 1);
        (await app.QueryAsync(db => db.AuditEntries.Where(a => a.Action == AuditAction.Printed && a.CitizenId == citizen).OrderByDescending(a => a.Id).Select(a => a.Changes ?? "").FirstAsync()))
            .ShouldContain("med fuldt CPR-nummer");
    }

    [Fact]
    public async Task ASecretAddressIsLeftOutUnlessAnAssignedWorkerChoosesIt()
    {
        var citizen = await app.CitizenIdAsync("Jytte Poulsen");
        await app.QueryAsync(async db =>
        {
            var c = await db.Citizens.SingleAsync(x => x.Id == citizen);
            c.UpdateContact("Skjulte Vej 7, 8000 Solbjerg", true, c.Phone, c.SecondaryPhone, c.Email);
            return await db.SaveChangesAsync();
        });
        using var client = TestClient.For(app);
        await client.SignInAsync("medarbejder1.act@caseload.local");
        var url = $"/borgere/{citizen}/udskrift/oversigt";
        var hidden = await ReadAsync(await client.GetAsync(url + "?pdf=true"));
        hidden.Text.ShouldNotContain("Skjulte Vej");
        hidden.Text.ShouldContain("Hemmelig adresse (ikke udskrevet)");
        (await ReadAsync(await client.GetAsync(url + "?pdf=true&hemmeligAdresse=true"))).Text.ShouldContain("Skjulte Vej 7");

        using var leader = TestClient.For(app); // leads the team, is not assigned to the citizen: never the secret address
        await leader.SignInAsync("teamleder.act@caseload.local");
        (await ReadAsync(await leader.GetAsync(url + "?pdf=true&hemmeligAdresse=true"))).Text.ShouldNotContain("Skjulte Vej");
    }

    [Fact]
    public async Task ALongAgreementRunsOverSeveralPagesWithTheTableHeaderRepeated()
    {
        using var client = TestClient.For(app);
        await client.SignInAsync("medarbejder1.act@caseload.local");
        var citizen = await app.CitizenIdAsync("Bent Kristensen");
        var form = $"/borgere/{citizen}/samarbejdsaftaler/ny";
        var fields = new List<KeyValuePair<string, string>> { new("Input.MadeOn", "2026-11-02"), new("Input.Place", "Hjemme hos Bent") };
        for (var i = 0; i < 20; i++)
        {
            fields.Add(new($"Input.Rows[{i}].Goal", $"Mål {i + 1}: at få styr på økonomien, bolig og lægebesøg — skridt for skridt"));
            fields.Add(new($"Input.Rows[{i}].ActionsCitizen", string.Join(" ", Enumerable.Repeat("Åbner posten sammen med støtten hver tirsdag.", 4))));
            fields.Add(new($"Input.Rows[{i}].ActionsWorker", string.Join(" ", Enumerable.Repeat("Følger op på aftalerne og ringer til boligselskabet.", 4))));
            fields.Add(new($"Input.Rows[{i}].Reached", "NotYet"));
        }
        using var saved = await client.PostFormAsync(form, fields, "/samarbejdsaftaler/ny");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var id = saved.Headers.Location!.OriginalString.Split('/')[^1];

        var pdf = await ReadAsync(await client.GetAsync($"/borgere/{citizen}/udskrift/samarbejdsaftale/{id}?pdf=true"));
        pdf.Pages.ShouldBeGreaterThanOrEqualTo(3);
        pdf.PageTexts[^1].ShouldContain($"Side {pdf.Pages} af {pdf.Pages}");
        var withRows = pdf.PageTexts.Where(t => Regex.IsMatch(t, @"Mål \d+:")).ToList();
        withRows.Count.ShouldBeGreaterThanOrEqualTo(2);
        // The table's header repeats on every page it runs over (its cells wrap, so single header words are looked for).
        withRows.ShouldAllBe(t => t.Contains("Handlinger —", StringComparison.Ordinal) && t.Contains("Opfølgning", StringComparison.Ordinal) && t.Contains("nået?", StringComparison.Ordinal));
        pdf.Text.ShouldContain("Mål 20:");
    }

    /// <summary>Table cells wrap between words, never inside one (issue #27: "Husleje n er betalt", "3 måned er"): two
    /// neighbouring PDF words that together make a word of the print view, where either half is no word of it, are one
    /// word broken across a line.</summary>
    [Theory]
    [InlineData("teamleder.cti@caseload.local", "Thomas Vinther", "cti-maalinger")]
    [InlineData("teamleder.cti@caseload.local", "Thomas Vinther", "cti-plan")]
    [InlineData("medarbejder1.act@caseload.local", "Bent Kristensen", "samarbejdsaftale")]
    [InlineData("medarbejder1.act@caseload.local", "Bent Kristensen", "indsatsplan")]
    public async Task TableCellsBreakBetweenWordsNeverInsideOne(string user, string citizenName, string document)
    {
        using var client = TestClient.For(app);
        await client.SignInAsync(user);
        var (_, url) = await UrlAsync(citizenName, document);
        (await BrokenWordsAsync(client, url)).ShouldBeEmpty();
    }

    /// <summary>The walk-through's case: columns full of text squeezed a short one until its words broke.</summary>
    [Fact]
    public async Task AnAgreementWithLongColumnsKeepsTheWordsOfAShortOneWhole()
    {
        using var client = TestClient.For(app);
        await client.SignInAsync("medarbejder1.act@caseload.local");
        var citizen = await app.CitizenIdAsync("Bent Kristensen");
        var fields = new List<KeyValuePair<string, string>> { new("Input.MadeOn", "2026-11-03"), new("Input.Place", "Hjemme hos Bent"),
            new("Input.Rows[0].Goal", "Huslejen er betalt hver måned"),
            new("Input.Rows[0].ActionsCitizen", string.Join(" ", Enumerable.Repeat("Åbner posten sammen med støtten hver tirsdag og ringer selv til boligselskabet.", 12))),
            new("Input.Rows[0].ActionsWorker", string.Join(" ", Enumerable.Repeat("Følger op efter 3 måneder og ringer til boligselskabet om afdragsordningen.", 12))), new("Input.Rows[0].Reached", "NotYet") };
        using var saved = await client.PostFormAsync($"/borgere/{citizen}/samarbejdsaftaler/ny", fields, "/samarbejdsaftaler/ny");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var id = saved.Headers.Location!.OriginalString.Split('/')[^1];
        (await BrokenWordsAsync(client, $"/borgere/{citizen}/udskrift/samarbejdsaftale/{id}")).ShouldBeEmpty();
    }

    /// <summary>The widest table, the action plan's seven columns, with long columns beside a short goal: no word breaks.
    /// (The agreement test above is the one that fails with the old <c>overflow-wrap: anywhere</c>; this one guards the
    /// widest table against a later change.)</summary>
    [Fact]
    public async Task AnActionPlanWithLongColumnsKeepsTheWordsOfAShortOneWhole()
    {
        using var client = TestClient.For(app);
        await client.SignInAsync("teamleder.act@caseload.local");
        var citizen = await app.CitizenIdAsync("Lise Mortensen");
        var url = $"/borgere/{citizen}/indsatsplan";
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)(await client.GetPageAsync(url)).GetElementById("plan-form")!;
        var longText = string.Join(" ", Enumerable.Repeat("Åbner posten sammen med støtten hver tirsdag og ringer selv til boligselskabet.", 3));
        var fields = FormFields.Of(form).Select(f => f.Key switch
        {
            "Input.Goals[0].Area" => new KeyValuePair<string, string>(f.Key, "Housing"),
            "Input.Goals[0].Goal" => new(f.Key, "Huslejen er betalt hver måned"),
            "Input.Goals[0].CitizensWords" or "Input.Goals[0].Actions" or "Input.Goals[0].Resources" => new(f.Key, longText),
            "Input.Goals[0].WhoInTeam" => new(f.Key, "Mette og sygeplejersken Ole"),
            "Input.Goals[0].When" => new(f.Key, "Om 3 måneder"),
            "Input.Goals[0].Status" => new(f.Key, "InProgress"),
            _ => f,
        }).ToList();
        using (var saved = await client.PostWithTokenAsync(url, fields))
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, (await TestClient.ParseAsync(saved)).QuerySelector("#fejl-oversigt")?.TextContent);
        (await BrokenWordsAsync(client, $"/borgere/{citizen}/udskrift/indsatsplan")).ShouldBeEmpty();
    }

    /// <summary>Two neighbouring PDF words that together make a word of the print view, where either half is no word of
    /// it: one word broken across a line.</summary>
    private static async Task<List<string>> BrokenWordsAsync(TestClient client, string url)
    {
        // Word by word from each text node: neighbouring cells are apart in print though no space is between them in the HTML.
        var htmlWords = (await client.GetPageAsync(url)).QuerySelector("main")!.GetDescendants().OfType<AngleSharp.Dom.IText>()
            .SelectMany(t => t.Data.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal);
        var pdf = await ReadAsync(await client.GetAsync(url + "?pdf=true"));
        var broken = new List<string>();
        foreach (var page in pdf.PageTexts)
        {
            var words = page.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i + 1 < words.Length; i++)
            {
                var (a, b) = (words[i].TrimEnd('-', '\u00ad'), words[i + 1]);
                if (words[i].EndsWith('–') || (words[i].EndsWith('-') && htmlWords.Contains(words[i] + b))) continue; // after a dash of the text itself
                if (htmlWords.Contains(a + b) && (!htmlWords.Contains(words[i]) || !htmlWords.Contains(b))) broken.Add($"{words[i]} {b}");
            }
        }
        return broken;
    }

    /// <summary>Chromium dies (killed here): the next PDF starts it again instead of failing for good.</summary>
    [Fact]
    public async Task WhenChromiumDiesTheNextPdfStartsItAgain()
    {
        using var client = TestClient.For(app);
        await client.SignInAsync("medarbejder1.act@caseload.local");
        var (_, url) = await UrlAsync("Bent Kristensen", "indsatsplan");
        (await ReadAsync(await client.GetAsync(url + "?pdf=true"))).A4.ShouldBeTrue();
        var renderer = app.Services.GetRequiredService<IPdfRenderer>();
        renderer.State.Started.ShouldBeTrue();

        var browsers = ChromiumProcesses();
        browsers.ShouldNotBeEmpty();
        foreach (var p in browsers) { try { p.Kill(); } catch (InvalidOperationException) { } }
        for (var i = 0; i < 50 && renderer.State.Started; i++) await Task.Delay(100); // the disconnect is noticed
        renderer.State.Started.ShouldBeFalse("the renderer noticed that Chromium is gone");

        (await ReadAsync(await client.GetAsync(url + "?pdf=true"))).Text.ShouldContain("ACT-indsatsplan");
        renderer.State.Started.ShouldBeTrue();
    }

    /// <summary>The Chromium processes started by this test process (the app runs in it), found through /proc.</summary>
    private static List<System.Diagnostics.Process> ChromiumProcesses()
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.GetDirectories("/proc").Select(Path.GetFileName).Where(d => d!.All(char.IsDigit)))
        {
            try
            {
                var stat = File.ReadAllText($"/proc/{dir}/stat");
                parents[int.Parse(dir!, System.Globalization.CultureInfo.InvariantCulture)] =
                    int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (IOException) { }
        }
        // A process may end between the /proc scan and this look-up (another test's Chromium closing).
        static System.Diagnostics.Process? Running(int pid) { try { return System.Diagnostics.Process.GetProcessById(pid); } catch (ArgumentException) { return null; } }
        bool Mine(int pid) { for (var p = pid; parents.TryGetValue(p, out var up) && up > 1; p = up) if (up == Environment.ProcessId) return true; return false; }
        return [.. parents.Keys.Where(Mine).Select(Running).OfType<System.Diagnostics.Process>()
            .Where(p => { try { return p.ProcessName.Contains("chrom", StringComparison.OrdinalIgnoreCase) && File.ReadAllText($"/proc/{p.Id}/cmdline").Contains("--remote-debugging-pipe", StringComparison.Ordinal); } catch (IOException) { return false; } })];
    }

    /// <summary>The first page of the demo agreement as a PNG (poppler's pdftoppm) for README.</summary>
    [Fact]
    public async Task TheDemoAgreementsFirstPageIsDrawnForTheReadme()
    {
        using var client = TestClient.For(app);
        await client.SignInAsync("medarbejder1.act@caseload.local");
        var (_, url) = await UrlAsync("Bent Kristensen", "samarbejdsaftale");
        using var response = await client.GetAsync(url + "?pdf=true");
        var file = Path.Combine(Path.GetTempPath(), $"aftale-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync());
        var target = Path.Combine(RepositoryPaths.Root(), "docs", "screenshots", "23-samarbejdsaftale-pdf");
        using var pdftoppm = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", file, target]))!;
        await pdftoppm.WaitForExitAsync();
        File.Delete(file);
        pdftoppm.ExitCode.ShouldBe(0);
        new FileInfo(target + ".png").Length.ShouldBeGreaterThan(20_000);
    }


    [Fact]
    public async Task TheHtmlPrintViewOffersPrintPdfAndTheChoicesAndNeedsNoChromium()
    {
        using var client = TestClient.For(app);
        await client.SignInAsync("medarbejder1.act@caseload.local");
        var (_, url) = await UrlAsync("Bent Kristensen", "samarbejdsaftale");
        var page = await client.GetPageAsync(url);
        page.QuerySelector("#udskriv")!.TextContent.ShouldBe("Udskriv");
        page.QuerySelector("#download-pdf")!.GetAttribute("href")!.ShouldContain("pdf=true");
        page.QuerySelector("input[name=fuldtCpr]").ShouldNotBeNull();
        page.QuerySelector(".confidential")!.TextContent.ShouldBe(Marking);
        page.QuerySelector("base")!.GetAttribute("href").ShouldBe("/");
    }

    private async Task<(Guid Citizen, string Url)> UrlAsync(string? citizenName, string document)
    {
        if (document.StartsWith("koordinerende-moede", StringComparison.Ordinal))
        {
            var m = await app.QueryAsync(db => db.CoordinatingMeetings.Where(x => x.MinutesSentAt != null).Select(x => new { x.Id, x.CitizenId }).FirstAsync());
            return (m.CitizenId, $"/borgere/{m.CitizenId}/udskrift/koordinerende-moede/{m.Id}{(document.EndsWith("/referat", StringComparison.Ordinal) ? "/referat" : "")}");
        }
        var citizen = await app.CitizenIdAsync(citizenName!);
        return document switch
        {
            "samarbejdsaftale" => (citizen, $"/borgere/{citizen}/udskrift/samarbejdsaftale/{await app.QueryAsync(db => db.CooperationAgreements.Where(a => a.CitizenId == citizen).OrderBy(a => a.MadeOn).Select(a => a.Id).FirstAsync())}"),
            "screening" => (citizen, $"/borgere/{citizen}/udskrift/screening/{await app.QueryAsync(db => db.Referrals.Where(r => r.CitizenId == citizen).Select(r => r.Id).FirstAsync())}"),
            _ => (citizen, $"/borgere/{citizen}/udskrift/{document}"),
        };
    }

    [GeneratedRegex(@"^[A-Za-z-]+-[A-ZÆØÅ]+-\d{4}-\d{2}-\d{2}\.pdf$")]
    private static partial Regex FileName();
}

/// <summary>Without Chromium the app keeps running: a clear Danish message over the HTML print view, and /health/ready says "Degraded".</summary>
public sealed class PdfWithoutChromiumTests
{
    [Fact]
    public async Task TheUserGetsADanishMessageAndTheHtmlPrintViewAndReadinessIsDegradedNotFailed()
    {
        await using var app = new SqliteAppFactory();
        app.Settings["Pdf:ChromiumPath"] = "/nonexistent/chromium";
        using var client = TestClient.For(app);
        await client.SignInAsync("medarbejder1.act@caseload.local");
        var citizen = await app.CitizenIdAsync("Bent Kristensen");

        using var response = await client.GetAsync($"/borgere/{citizen}/udskrift/netvaerkskort?pdf=true");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var page = await TestClient.ParseAsync(response);
        page.QuerySelector(".print-problem")!.TextContent.ShouldBe(global::Caseload.Infrastructure.Pdf.ChromiumPdfRenderer.MissingMessage);
        page.QuerySelector("svg.network-map").ShouldNotBeNull(); // the print view itself still works

        using var ready = await client.GetAsync("/health/ready");
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync()).ShouldBe("Degraded");
    }
}
