using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Caseload.Domain.Auditing;
using Caseload.Infrastructure.Auditing;
using Caseload.TestSupport;
using Caseload.Web.Features.Admin.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Caseload.Web.Tests.Security;

/// <summary>Issue #27 item 14: the audit page shows changes with Danish field names and Danish local time (not the stored
/// JSON with English keys and UTC), and a read names the page or document that was read.</summary>
public sealed class AuditReadabilityTests : IAsyncLifetime
{
    // 13:05 UTC on 10 March 2026 is 14:05 Danish (winter) time.
    private readonly SqliteAppFactory _app = new() { Clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 13, 5, 0, TimeSpan.Zero)) };

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<IHtmlDocument> AuditPageAsync(string query)
    {
        using var admin = TestClient.For(_app);
        await admin.SignInAsync("admin@caseload.local");
        return await admin.GetPageAsync("/admin/logning?" + query);
    }

    [Fact]
    public async Task AChangedCitizenShowsDanishFieldNamesAndDanishTimeOnTheAuditPage()
    {
        var id = await _app.CitizenIdAsync("Maria Jensen");
        using var worker = TestClient.For(_app);
        await worker.SignInAsync("medarbejder1.cti@caseload.local");
        var url = $"/borgere/{id}/rediger";
        var form = (IHtmlFormElement)(await worker.GetPageAsync(url)).QuerySelector("form[action$='/rediger']")!;
        var fields = FormFields.Of(form);
        var needed = fields.Any(f => f.Key == "Input.InterpreterNeeded" && f.Value == "true");
        fields = fields.Where(f => f.Key is not ("Input.InterpreterNeeded" or "Input.InterpreterLanguage")).ToList();
        fields.Add(new("Input.InterpreterNeeded", needed ? "false" : "true")); // not personal: its values are logged
        fields.Add(new("Input.InterpreterLanguage", needed ? "" : "Arabisk"));
        using (var saved = await worker.PostWithTokenAsync(url, fields))
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await AuditPageAsync("Citizen=Maria");
        var row = page.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray())
            .First(c => c[2] == "Ændret" && c[3] == "Borger" && c[5].Contains("Behov for tolk", StringComparison.Ordinal));
        row[5].ShouldContain(needed ? "Behov for tolk: Ja → Nej" : "Behov for tolk: Nej → Ja");
        row[5].ShouldNotContain("InterpreterNeeded");
        row[5].ShouldNotContain("{");
        row[0].ShouldBe("10-03-2026 14.05"); // the fixed clock's 13.05 UTC, in Danish time
    }

    [Fact]
    public async Task ViewingTheNetworkMapWritesAReadNamingIt()
    {
        var id = await _app.CitizenIdAsync("Maria Jensen");
        using var worker = TestClient.For(_app);
        await worker.SignInAsync("medarbejder1.cti@caseload.local");
        await worker.GetPageAsync($"/borgere/{id}/netvaerkskort");

        var reads = await _app.QueryAsync(db => db.AuditEntries.Where(a => a.CitizenId == id && a.Action == AuditAction.Viewed)
            .Select(a => a.Changes).ToListAsync());
        reads.Select(Document).ShouldContain("Netværkskort");

        var page = await AuditPageAsync("Citizen=Maria");
        page.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ShouldContain(t => t.Contains("Set") && t.Contains("Dokument: Netværkskort"));
    }

    private static string? Document(string? details)
        => details is null ? null : JsonDocument.Parse(details).RootElement.TryGetProperty("dokument", out var d) ? d.GetString() : null;

    [Fact]
    public async Task EveryLoggedPropertyOfAnAuditedEntityHasADanishName()
    {
        var missing = await _app.QueryAsync(db => Task.FromResult(db.Model.GetEntityTypes()
            .Where(t => AuditNameRegistry.IsAudited(t.ClrType))
            .SelectMany(t => t.GetProperties().Where(p => !p.IsPrimaryKey() && AuditInterceptor.IsLogged(p.Name))
                .Select(p => $"{t.ClrType.Name}.{p.Name}"))
            .Where(n => !AuditFieldNames.Has(n[(n.IndexOf('.') + 1)..]))
            .Distinct().ToList()));
        missing.ShouldBeEmpty();

        // And every field the demo data's rows actually hold.
        var stored = await _app.QueryAsync(db => db.AuditEntries.Where(a => a.Changes != null).Select(a => a.Changes!).ToListAsync());
        stored.SelectMany(c => JsonDocument.Parse(c).RootElement.EnumerateObject().Select(p => p.Name)).Distinct()
            .Where(n => !AuditFieldNames.Has(n)).ToList().ShouldBeEmpty();
    }

    [Theory]
    [InlineData("{\"StartsAt\":[null,\"2026-07-01T08:00:00Z\"]}", "Starter", "01-07-2026 10.00")] // summer time
    [InlineData("{\"OccurredAt\":[\"2026-01-05T09:00:00\",\"2026-01-05T10:30:00\"]}", "Tidspunkt", "05-01-2026 10.00 → 05-01-2026 11.30")] // SQLite: no zone
    [InlineData("{\"Phone\":[\"(personoplysning)\",\"(personoplysning)\"],\"Version\":[\"a\",\"b\"]}", "Telefon", "(personoplysning) → (personoplysning)")]
    [InlineData("{\"DueOn\":[\"2026-02-01\",null]}", "Frist", "01-02-2026 → (tom)")]
    [InlineData("{\"SomeNewThing\":[false,true]}", "Some new thing", "Nej → Ja")]
    public void StoredChangesReadInDanish(string json, string field, string text)
        => AuditChanges.Lines(json).ShouldBe([new AuditChangeLine(field, text)]);
}
