using System.Net;
using System.Text.Json;
using Caseload.Domain.Auditing;
using Caseload.Domain.Courses;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace Caseload.Web.Tests.DataProtection;

/// <summary>The insight package (issue #33 item 3, ADR 0052): the citizen's primary worker produces it as JSON and as a PDF
/// (Chromium, read back with PdfPig) with everything recorded and the access log by role and team; producing it is audited;
/// a colleague in the team who is not the primary worker is refused and a worker outside the team gets 404.</summary>
public sealed class InsightTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private async Task<(Guid Citizen, string Primary, string Colleague)> BentAsync()
    {
        var bent = await app.CitizenIdAsync("Bent Kristensen");
        return await app.QueryAsync(async db =>
        {
            var course = await db.Courses.Where(c => c.CitizenId == bent && c.Status == CourseStatus.Active).Select(c => new { c.PrimaryWorkerId, c.TeamId }).FirstAsync();
            var primary = await db.Users.Where(u => u.Id == course.PrimaryWorkerId).Select(u => u.Email!).SingleAsync();
            var primaries = await db.Courses.Where(c => c.CitizenId == bent && c.Status == CourseStatus.Active).Select(c => c.PrimaryWorkerId).ToListAsync();
            var admins = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where r.Name == "Administrator" select ur.UserId).ToListAsync();
            var colleague = await (from m in db.TeamMembers
                                   join u in db.Users on m.UserId equals u.Id
                                   where m.TeamId == course.TeamId && !primaries.Contains(u.Id) && !admins.Contains(u.Id) && u.IsActive
                                   orderby u.Email
                                   select u.Email!).FirstAsync();
            return (bent, primary, colleague);
        });
    }

    [Fact]
    public async Task ThePrimaryWorkerDownloadsEverythingAsJsonWithTheAccessLogByRoleAndTeam()
    {
        var (bent, primary, _) = await BentAsync();
        using var worker = await app.SignedInAsync(primary);
        (await worker.GetAsync($"/borgere/{bent}")).StatusCode.ShouldBe(HttpStatusCode.OK); // a read for the access log

        var menu = await worker.GetPageAsync($"/borgere/{bent}/udskrift");
        menu.QuerySelector("#indsigtspakke a[href$='/indsigt/json']").ShouldNotBeNull();

        using var response = await worker.GetAsync($"/borgere/{bent}/indsigt/json");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldStartWith("Indsigtspakke-BK-");
        var text = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        root.GetProperty("dokument").GetString().ShouldBe("Indsigtspakke");
        root.GetProperty("borger").GetProperty("CPR-nummer").GetString().ShouldBe("120367-1235"); // full: the package is for the citizen
        root.GetProperty("borger").GetProperty("Navn").GetString().ShouldBe("Bent Kristensen");
        var titles = root.GetProperty("afsnit").EnumerateArray().Select(s => s.GetProperty("titel").GetString()).ToList();
        titles.ShouldContain("Forløb");
        titles.ShouldContain("Kontaktlog");
        titles.ShouldContain("ACT-indsatsplan");
        titles.ShouldContain("Samarbejdsaftaler");
        var log = root.GetProperty("adgangslog").EnumerateArray().ToList();
        log.ShouldNotBeEmpty();
        log.ShouldContain(r => r.GetProperty("handling").GetString() == "Set" && r.GetProperty("hvem").GetString()!.Contains(" · "));
        // Staff by role and team, never by name or e-mail (the default setting).
        text.ShouldNotContain("@caseload.local");

        // Producing it is audited, with the full CPR number as a reveal.
        var audit = await app.QueryAsync(db => db.AuditEntries.Where(a => a.CitizenId == bent).OrderByDescending(a => a.Id).Take(5).ToListAsync());
        audit.ShouldContain(a => a.Action == AuditAction.Downloaded && a.Changes!.Contains("Indsigtspakke, JSON"));
        audit.ShouldContain(a => a.Action == AuditAction.RevealedCpr && a.Changes!.Contains("Indsigtspakke"));
    }

    [Fact]
    public async Task ThePdfHoldsTheSectionsTheAccessLogAndTheFullCprWhileTheScreenMasksIt()
    {
        var (bent, primary, _) = await BentAsync();
        using var worker = await app.SignedInAsync(primary);

        var screen = await worker.GetPageAsync($"/borgere/{bent}/indsigt");
        var facts = screen.QuerySelector("#indsigt-stamdata")!.TextContent;
        facts.ShouldContain("120367-xxxx");
        facts.ShouldNotContain("120367-1235");
        screen.QuerySelector("#indsigt-adgangslog")!.TextContent.ShouldContain("Hentet");

        using var pdf = await worker.GetAsync($"/borgere/{bent}/indsigt?pdf=true&fuldtCpr=true");
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf", await pdf.Content.ReadAsStringAsync());
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        await File.WriteAllBytesAsync(Path.Combine(Path.GetTempPath(), "caseload-indsigtspakke.pdf"), bytes); // to look at (pdftotext)
        using var doc = PdfDocument.Open(bytes);
        var text = string.Join("\n", doc.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        text.ShouldContain("Indsigtspakke");
        text.ShouldContain("Stamoplysninger");
        text.ShouldContain("120367-1235");
        text.ShouldContain("Kontaktlog");
        text.ShouldContain("Adgangslog");
        text.ShouldNotContain("@caseload.local");
        (await app.QueryAsync(db => db.AuditEntries.CountAsync(a => a.CitizenId == bent && a.Action == AuditAction.Downloaded && a.Changes!.Contains("Indsigtspakke, PDF"))))
            .ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task TheRetentionJobRunsOnTheSchedulerAndTheAdministratorSeesItsCounts()
    {
        await TestJobs.WaitForRunsAsync(app, Features.DataProtection.RetentionJob.Key, 1); // at start-up, like every job
        using var admin = await app.SignedInAsync("admin@caseload.local");
        var row = (await admin.GetPageAsync("/admin/baggrundsjob")).QuerySelector($"#jobs tr[data-job='{Features.DataProtection.RetentionJob.Key}']")!;
        row.TextContent.ShouldContain("Anonymisering efter opbevaringsperioden");
        row.TextContent.ShouldContain("hver 24. time");
        row.TextContent.ShouldContain("Gennemført");
        row.TextContent.ShouldContain("0 borgere anonymiseret"); // the demo data is all recent
    }

    [Fact]
    public async Task AColleagueWhoIsNotThePrimaryWorkerIsRefusedAndOthersNeverSeeIt()
    {
        var (bent, _, colleague) = await BentAsync();
        using var other = await app.SignedInAsync(colleague);
        (await other.GetPageAsync($"/borgere/{bent}/udskrift")).QuerySelector("#indsigtspakke").ShouldBeNull();
        foreach (var url in new[] { $"/borgere/{bent}/indsigt", $"/borgere/{bent}/indsigt/json", $"/borgere/{bent}/indsigt?pdf=true" })
        {
            using var refused = await other.GetAsync(url);
            refused.StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
            refused.Headers.Location!.AbsolutePath.ShouldBe("/konto/ingen-adgang");
        }

        using var outside = await app.SignedInAsync("medarbejder1.cti@caseload.local");
        (await outside.GetAsync($"/borgere/{bent}/indsigt/json")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await outside.GetAsync($"/borgere/{bent}/indsigt")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    /// <summary>A citizen asks the municipality for insight: an administrator — in no team — finds the citizen by the full
    /// CPR number and gets the package as JSON or PDF, audited with the administrator as actor; the rest of the record stays
    /// behind the team scope. A wrong or unknown number gets a Danish message with the form kept; others are refused.</summary>
    [Fact]
    public async Task AnAdministratorAnswersARequestForInsightByCprNumberAcrossTeams()
    {
        var bent = await app.CitizenIdAsync("Bent Kristensen");
        using var admin = await app.SignedInAsync("admin@caseload.local");
        (await admin.GetAsync($"/borgere/{bent}")).StatusCode.ShouldBe(HttpStatusCode.NotFound); // not in Bent's team
        var form = await admin.GetPageAsync("/admin/indsigt");
        form.QuerySelector("h1")!.TextContent.ShouldBe("Indsigt for en borger");

        using (var json = await admin.PostFormAsync("/admin/indsigt", [new("Cpr", "120367-1235"), new("Format", "json")], "/admin/indsigt"))
        {
            json.StatusCode.ShouldBe(HttpStatusCode.OK);
            json.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
            using var doc = JsonDocument.Parse(await json.Content.ReadAsStringAsync());
            doc.RootElement.GetProperty("borger").GetProperty("Navn").GetString().ShouldBe("Bent Kristensen");
            doc.RootElement.GetProperty("borger").GetProperty("CPR-nummer").GetString().ShouldBe("120367-1235");
        }
        var adminId = await app.QueryAsync(db => db.Users.Where(u => u.Email == "admin@caseload.local").Select(u => u.Id).SingleAsync());
        (await app.QueryAsync(db => db.AuditEntries.CountAsync(a => a.CitizenId == bent && a.UserId == adminId
            && a.Action == AuditAction.Downloaded && a.Changes!.Contains("Indsigtspakke, JSON")))).ShouldBe(1);

        using (var pdf = await admin.PostFormAsync("/admin/indsigt", [new("Cpr", "1203671235"), new("Format", "pdf")], "/admin/indsigt"))
        {
            pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
            pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
            using var read = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
            string.Join(" ", read.GetPages().Select(p => p.Text)).ShouldContain("Bent Kristensen");
        }
        (await admin.GetAsync($"/borgere/{bent}/indsigt/json")).StatusCode.ShouldBe(HttpStatusCode.NotFound); // still no way in by id

        foreach (var (cpr, message) in new[] { ("12345", "CPR"), ("010101-0000", "Ingen borger i Caseload har det CPR-nummer") })
        {
            using var bad = await admin.PostFormAsync("/admin/indsigt", [new("Cpr", cpr), new("Format", "json")], "/admin/indsigt");
            bad.StatusCode.ShouldBe(HttpStatusCode.OK, cpr);
            var page = await bad.Content.ReadAsStringAsync();
            page.ShouldContain(message);
            page.ShouldContain("id=\"fejl-oversigt\"");
            page.ShouldContain($"value=\"{cpr}\""); // the typed number is kept
        }

        using var leader = await app.SignedInAsync("teamleder.act@caseload.local");
        using var refused = await leader.GetAsync("/admin/indsigt");
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.Headers.Location!.AbsolutePath.ShouldBe("/konto/ingen-adgang");
    }
}
