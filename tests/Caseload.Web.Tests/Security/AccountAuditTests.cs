using System.Net;
using Caseload.Domain.Auditing;
using Caseload.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Web.Tests.Security;

/// <summary>What the audit log now records (issue #28 items 5 and 8): a password the user sets through a reset link,
/// the user's own two-factor changes, and searches — their kind, a masked CPR and the hits, and the citizen when one was
/// found, so a look-up of a person can be found later. Never the typed CPR number.</summary>
public sealed class AccountAuditTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private const string BentCpr = "120367-1235";

    private Task<int> RowsAsync(string userId, string detail) => app.QueryAsync(db => db.AuditEntries.CountAsync(a =>
        a.EntityType == AuditNames.User && a.EntityKey == userId && a.Changes != null && a.Changes.Contains(detail)));

    [Fact]
    public async Task ASelfServicePasswordResetIsAudited()
    {
        const string email = "medarbejder3.act@caseload.local";
        var id = await app.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        using var client = TestClient.For(app);
        using (var asked = await client.PostFormAsync("/konto/glemt-adgangskode", [new("Email", email)]))
            asked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var mail = System.Text.RegularExpressions.Regex.Replace(await app.WaitForMailAsync(m => m.Contains(email, StringComparison.Ordinal)), "=\r?\n", "")
            .Replace("=3D", "=", StringComparison.Ordinal);
        var link = new Uri(System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(mail, "href=\"(?<u>[^\"]+)\"").Groups["u"].Value));
        using var reset = await client.PostFormAsync(link.PathAndQuery, [new("Email", email), new("Password", "Helt-ny-kode-2026"),
            new("ConfirmPassword", "Helt-ny-kode-2026"), new("Token", System.Web.HttpUtility.ParseQueryString(link.Query)["token"]!)]);
        reset.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await RowsAsync(id, "nulstillingslink")).ShouldBe(1);
    }

    [Fact]
    public async Task TurningTwoFactorOnAndOffIsAudited()
    {
        const string email = "medarbejder2.act@caseload.local";
        var id = await app.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        using var client = TestClient.For(app);
        await client.SignInAsync(email);
        var key = (await client.GetPageAsync("/min-konto")).QuerySelector("#authenticator-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal);
        using (var on = await client.PostFormAsync("/min-konto", [new("Code", Totp.Code(key, DateTimeOffset.UtcNow))], "/to-faktor/aktiver"))
            on.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await RowsAsync(id, "To-faktor slået til")).ShouldBe(1);
        using (var off = await client.PostWithTokenAsync("/min-konto/to-faktor/deaktiver", []))
            off.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await RowsAsync(id, "To-faktor slået fra")).ShouldBe(1);
    }

    [Fact]
    public async Task ACprSearchRecordsItsKindAMaskedNumberTheHitsAndTheCitizen()
    {
        var bent = await app.CitizenIdAsync("Bent Kristensen");
        using var worker = TestClient.For(app);
        await worker.SignInAsync("medarbejder1.act@caseload.local");
        await worker.GetPageAsync("/borgere?q=" + BentCpr);
        using var admin = TestClient.For(app);
        await admin.SignInAsync("admin@caseload.local");
        await admin.GetPageAsync("/admin/logning?Citizen=" + BentCpr.Replace("-", "", StringComparison.Ordinal));

        var searches = await app.QueryAsync(db => db.AuditEntries.Where(a => a.Action == AuditAction.Searched && a.CitizenId == bent).ToListAsync());
        searches.Count.ShouldBe(2); // the citizen search and the audit-log search, each found later under Bent
        foreach (var row in searches)
        {
            row.Changes.ShouldNotBeNull();
            row.Changes.ShouldContain("\"kriterie\":\"CPR\"");
            row.Changes.ShouldContain("\"cpr\":\"120367-xxxx\"");
            row.Changes.ShouldContain("\"hits\":1");
            row.Changes.ShouldNotContain("1235");
        }
        // And the administrator's search of the log for Bent finds both look-ups.
        var found = await admin.GetPageAsync("/admin/logning?Citizen=" + BentCpr);
        found.QuerySelectorAll("tbody tr").Count(r => r.TextContent.Contains("120367-xxxx", StringComparison.Ordinal)).ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task ANameSearchRecordsItsKindAndHitsButNotTheText()
    {
        using var worker = TestClient.For(app);
        await worker.SignInAsync("medarbejder1.act@caseload.local");
        var before = await app.QueryAsync(db => db.AuditEntries.Select(a => a.Id).MaxAsync());
        await worker.GetPageAsync("/borgere?q=Kristensen");
        var row = await app.QueryAsync(db => db.AuditEntries.SingleAsync(a => a.Id > before && a.Action == AuditAction.Searched));
        var changes = row.Changes ?? "";
        changes.ShouldContain("\"kriterie\":\"Navn\"");
        changes.ShouldContain("\"hits\":");
        changes.ShouldNotContain("Kristensen");
    }
}
