using System.Net;
using Caseload.Domain.Auditing;
using Caseload.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Web.Tests.Security;

/// <summary>The audit log is no back door to citizens' data (issue #8, item 2), every search of it is itself
/// audited, and every administrative action on a user leaves a row naming actor and target (item 5).</summary>
public abstract class AuditPrivacyTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseloadAppFactory, new()
{
    [Fact]
    public async Task NoPersonalValueOfAChangedCitizenAppearsInTheAuditLogOrItsPages()
    {
        var id = await app.CitizenIdAsync("Maria Jensen"); // secret address, medarbejder1.cti is her primary worker
        using var worker = TestClient.For(app);
        await worker.SignInAsync("medarbejder1.cti@caseload.local");
        var form = await worker.GetPageAsync($"/borgere/{id}/rediger");
        using (var saved = await worker.PostFormAsync($"/borgere/{id}/rediger", [
                   new("Input.TeamId", form.QuerySelector("#Input_TeamId option[selected]")!.GetAttribute("value")!),
                   new("Input.Name", "Maria Jensen-Holt"), new("Input.Address", "Skjultvej 99, 8000 Solbjerg"), new("Input.SecretAddress", "true"),
                   new("Input.Phone", "99 88 77 66"), new("Input.Notes", "Journalnote om misbrug"), new("Input.Whereabouts", "Prison"),
                   new("Input.Version", form.QuerySelector("#Input_Version")!.GetAttribute("value")!)], $"/borgere/{id}/rediger"))
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using (var contact = await worker.PostFormAsync($"/borgere/{id}", [new("Contact.OccurredAt", "2026-01-05T10:00"), new("Contact.Channel", "Phone"),
                   new("Contact.Achieved", "true"), new("Contact.Place", "Krisecentret Lyset"), new("Contact.Note", "Talte om voldsepisoden")], $"/borgere/{id}/kontakter"))
            contact.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        string[] personal = ["Jensen-Holt", "Skjultvej", "99 88 77 66", "Journalnote", "Prison", "Kvindehuset", "WomensCrisisCentre",
            "050595", "Krisecentret Lyset", "voldsepisoden"];
        var rows = await app.QueryAsync(db => db.AuditEntries.Where(a => a.CitizenId == id).Select(a => a.Changes ?? "").ToListAsync());
        rows.ShouldContain(c => c.Contains("\"Phone\"", StringComparison.Ordinal)); // which fields changed is kept …
        foreach (var value in personal)
            rows.ShouldAllBe(c => !c.Contains(value, StringComparison.Ordinal), $"'{value}' in the audit log"); // … their values are not

        using var admin = TestClient.For(app);
        await admin.SignInAsync("admin@caseload.local");
        var page = await admin.GetPageAsync("/admin/logning?Citizen=Maria");
        page.QuerySelectorAll("tbody tr").Length.ShouldBeGreaterThan(0);
        // The page names the citizen a row concerns (that is how an administrator finds it); nothing else personal.
        foreach (var value in personal.Where(v => v != "Jensen-Holt")) page.Body!.InnerHtml.ShouldNotContain(value);
    }

    [Fact]
    public async Task EverySearchOfTheAuditLogIsItselfAudited()
    {
        using var admin = TestClient.For(app);
        await admin.SignInAsync("admin@caseload.local");
        int Count(List<AuditEntry> rows) => rows.Count(a => a.EntityType == "AuditLog" && a.Action == AuditAction.Searched && a.UserName == "admin@caseload.local");
        var before = Count(await app.QueryAsync(db => db.AuditEntries.ToListAsync()));
        await admin.GetPageAsync("/admin/logning?User=teamleder");
        await admin.GetPageAsync("/admin/logning?Citizen=Bent");
        Count(await app.QueryAsync(db => db.AuditEntries.ToListAsync())).ShouldBe(before + 2);
    }

    [Fact]
    public async Task AnOutOfRangeAuditPeriodGetsADanishMessageNotAnError()
    {
        using var admin = TestClient.For(app);
        await admin.SignInAsync("admin@caseload.local");
        var page = await admin.GetPageAsync("/admin/logning?To=9999-12-31");
        page.QuerySelector("#fejl-oversigt")!.TextContent.ShouldContain("Datoen skal ligge mellem");
        using var malformed = await admin.GetAsync("/admin/logning?From=igaar");
        malformed.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task EveryAdministrativeActionOnAUserIsAuditedWithActorAndTarget()
    {
        using var admin = TestClient.For(app);
        await admin.SignInAsync("admin@caseload.local");
        var target = await app.QueryAsync(db => db.Users.Where(u => u.Email == "teamleder.cti@caseload.local").Select(u => u.Id).SingleAsync());
        async Task<int> RowsAsync() => await app.QueryAsync(db => db.AuditEntries.CountAsync(a =>
            a.UserName == "admin@caseload.local" && a.EntityKey == target && a.EntityType == "User"));

        foreach (var action in new[] { "adgangskode", "laas-op", "to-faktor-nulstil", "deaktiver", "aktiver" })
        {
            var before = await RowsAsync();
            using var done = await admin.PostWithTokenAsync($"/admin/brugere/{target}/{action}", [new("NewPassword", "Endnu-en-ny-kode-2026")]);
            done.StatusCode.ShouldBe(HttpStatusCode.Redirect, action);
            (await RowsAsync()).ShouldBeGreaterThan(before, $"no audit row for '{action}'");
        }
    }
}

public sealed class AuditPrivacyTestsOnSqlite(SqliteAppFactory app) : AuditPrivacyTests<SqliteAppFactory>(app);
public sealed class AuditPrivacyTestsOnPostgres(PostgresAppFactory app) : AuditPrivacyTests<PostgresAppFactory>(app);
