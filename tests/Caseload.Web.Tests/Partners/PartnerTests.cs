using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using Caseload.Domain.Auditing;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Web.Tests.Partners;

/// <summary>Partners and their organisational cooperation agreements: the signed document is checked by content and size,
/// kept in the database, served only as an audited download, and a failed upload saves nothing and keeps the typed form.</summary>
public abstract class PartnerTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseloadAppFactory, new()
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    private static KeyValuePair<string, string>[] Agreement(string title, string review) =>
    [
        new("Agreement.Title", title), new("Agreement.Parties", "Solbjerg Kommune og Boligforeningen Bo-Vest"),
        new("Agreement.Purpose", "Forebygge udsættelser"), new("Agreement.ValidFrom", "2026-01-01"), new("Agreement.ReviewOn", review),
    ];

    private async Task<string> NewPartnerAsync(TestClient client, string name)
    {
        return await client.PostFormForRedirectAsync("/samarbejdspartnere", [new("Input.Name", name), new("Input.Kind", "HousingAssociation")], "/samarbejdspartnere/ny");
    }

    [Fact]
    public async Task ASignedPdfIsStoredAndComesBackOnlyAsAnAuditedAttachment()
    {
        using var leader = TestClient.For(app);
        await leader.SignInAsync("teamleder.fs@caseload.local");
        var url = await NewPartnerAsync(leader, "Boligforeningen Bo-Vest");
        using (var saved = await leader.PostMultipartAsync(url, Agreement("Aftale om boligsociale indsatser", "2030-06-30"), "signedDocument",
                   "C:\\Users\\x\\Aftale underskrevet.pdf", Pdf, "application/pdf", "/aftaler"))
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await leader.GetPageAsync(url);
        var card = page.QuerySelector(".partneraftale")!;
        card.TextContent.ShouldContain("Aftale om boligsociale indsatser");
        var link = card.QuerySelectorAll("a").Single(a => a.TextContent.StartsWith("Hent den underskrevne aftale", StringComparison.Ordinal));
        link.TextContent.ShouldContain("Aftale underskrevet.pdf"); // the folder part of the name is gone

        using var download = await leader.GetAsync(link.GetAttribute("href")!);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        download.Headers.GetValues("Content-Security-Policy").Single().ShouldStartWith("sandbox");
        download.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(Pdf);
        (await app.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.Downloaded && a.EntityType == AuditNames.StoredFile))).ShouldBeGreaterThan(0);
        using var admin = TestClient.For(app);
        await admin.SignInAsync("admin@caseload.local");
        (await admin.GetPageAsync("/admin/logning")).QuerySelectorAll("tbody tr").ShouldContain(r => r.TextContent.Contains("Hentet", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AFileThatIsNotAPdfOrImageOrIsTooLargeSavesNothingAndKeepsTheForm()
    {
        using var leader = TestClient.For(app);
        await leader.SignInAsync("teamleder.act@caseload.local");
        var url = await NewPartnerAsync(leader, "Boligforeningen Østergården");
        var files = await app.QueryAsync(db => db.StoredFiles.CountAsync());

        using var disguised = await leader.PostMultipartAsync(url, Agreement("Aftale med forklædt fil", "2030-06-30"), "signedDocument", "aftale.pdf",
            Encoding.ASCII.GetBytes("<html><script>alert(1)</script></html>"), "application/pdf", "/aftaler");
        disguised.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await TestClient.ParseAsync(disguised);
        page.QuerySelector("#fejl-oversigt")!.TextContent.ShouldContain("Filen skal være en PDF eller et billede (PNG eller JPEG)");
        ((IHtmlInputElement)page.QuerySelector("#aftale-titel")!).Value.ShouldBe("Aftale med forklædt fil");

        var tooLarge = new byte[Domain.Files.StoredFile.MaxBytes + 1];
        Pdf.CopyTo(tooLarge, 0);
        using var large = await leader.PostMultipartAsync(url, Agreement("Aftale med stor fil", "2030-06-30"), "signedDocument", "stor.pdf", tooLarge, "application/pdf", "/aftaler");
        large.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TestClient.ParseAsync(large)).QuerySelector("#fejl-oversigt")!.TextContent.ShouldContain("Den må højst være 10 MB");

        (await app.QueryAsync(db => db.StoredFiles.CountAsync())).ShouldBe(files);
        (await app.QueryAsync(db => db.PartnerAgreements.CountAsync(a => a.Title.StartsWith("Aftale med")))).ShouldBe(0);
    }

    [Fact]
    public async Task AnAgreementDueForReviewShowsOnTheStartPageAndWorkersCannotSeePartners()
    {
        using var manager = TestClient.For(app);
        await manager.SignInAsync("leder@caseload.local");
        // The demo agreement with the district psychiatry is reviewed in three weeks: within the 30-day reminder.
        (await manager.GetPageAsync("/")).QuerySelector("#aftaler-til-revision")!.TextContent.ShouldContain("skal revideres snart");
        var reminders = (await manager.GetPageAsync("/samarbejdspartnere")).QuerySelector("#revision-paamindelse")!.TextContent;
        reminders.ShouldContain("Samarbejdsaftale om ACT-borgere");
        reminders.ShouldNotContain("Værestedet Lyset"); // reviewed in ten months

        // Overdue and still in force: reminded, marked overdue. Ended: no review needed.
        var url = await NewPartnerAsync(manager, "Kriminalforsorgen Solbjerg");
        using (var overdue = await manager.PostFormAsync(url, Agreement("Aftale om løsladelser", "2026-06-30"), "/aftaler")) overdue.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using (var ended = await manager.PostFormAsync(url, [.. Agreement("Aftale der er udløbet", "2026-02-01"), new("Agreement.ValidTo", "2026-03-01")], "/aftaler"))
            ended.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var items = (await manager.GetPageAsync("/samarbejdspartnere")).QuerySelectorAll("#revision-paamindelse li");
        items.Single(li => li.TextContent.Contains("Aftale om løsladelser", StringComparison.Ordinal)).TextContent.ShouldContain("Overskredet");
        items.ShouldNotContain(li => li.TextContent.Contains("Aftale der er udløbet", StringComparison.Ordinal));

        using var worker = TestClient.For(app);
        await worker.SignInAsync("medarbejder1.fs@caseload.local");
        var id = await app.QueryAsync(db => db.PartnerAgreements.Where(a => a.SignedFileId != null).Select(a => new { a.PartnerId, a.Id }).FirstAsync());
        using var denied = await worker.GetAsync($"/samarbejdspartnere/{id.PartnerId}/aftaler/{id.Id}/fil");
        denied.StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await worker.GetPageAsync("/")).QuerySelector("#aftaler-til-revision").ShouldBeNull();
    }
}

public sealed class PartnerTestsOnSqlite(SqliteAppFactory app) : PartnerTests<SqliteAppFactory>(app);
public sealed class PartnerTestsOnPostgres(PostgresAppFactory app) : PartnerTests<PostgresAppFactory>(app);
