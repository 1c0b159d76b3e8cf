using System.Net;
using AngleSharp.Html.Dom;
using Caseload.Domain.Auditing;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Web.Tests.Documents;

/// <summary>Saving a network map, an action plan or an agreement as it stands changes nothing — no new version or revision
/// row, the same concurrency version, no audit write — and the page says so; a real change still makes a new version (ADR 0026).</summary>
public abstract class UnchangedSaveTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseloadAppFactory, new()
{
    /// <summary>What a save leaves behind: the concurrency version, the version number and rows (maps, plans), and audit writes.</summary>
    private sealed record Saved(Guid Version, int Number, int Rows, int Writes);

    [Theory]
    [InlineData("netvaerkskort", "Input.Persons[1].Name")]
    [InlineData("indsatsplan", "Input.CitizensView")]
    [InlineData("samarbejdsaftale", "Input.Place")]
    public async Task SavingTwiceWithoutAChangeMakesNoNewVersionAndSaysSo(string document, string field)
    {
        var bent = await app.CitizenIdAsync("Bent Kristensen");
        var agreement = await app.QueryAsync(db => db.CooperationAgreements.Where(a => a.CitizenId == bent).Select(a => a.Id).FirstAsync());
        var (url, formId) = document switch
        {
            "netvaerkskort" => ($"/borgere/{bent}/netvaerkskort/rediger", "nm-form"),
            "indsatsplan" => ($"/borgere/{bent}/indsatsplan", "plan-form"),
            _ => ($"/borgere/{bent}/samarbejdsaftaler/{agreement}", "aftale-form"),
        };
        Task<Saved> SavedAsync() => app.QueryAsync(async db =>
        {
            var writes = await db.AuditEntries.CountAsync(e => e.CitizenId == bent && (e.Action == AuditAction.Created || e.Action == AuditAction.Updated));
            return document switch
            {
                "netvaerkskort" => await db.NetworkMaps.Where(m => m.CitizenId == bent)
                    .Select(m => new Saved(m.Version, m.VersionCount, db.NetworkMapVersions.Count(v => v.NetworkMapId == m.Id), writes)).SingleAsync(),
                "indsatsplan" => await db.ActionPlans.Where(p => p.CitizenId == bent)
                    .Select(p => new Saved(p.Version, p.RevisionCount, db.ActionPlanRevisions.Count(r => r.ActionPlanId == p.Id), writes)).SingleAsync(),
                _ => await db.CooperationAgreements.Where(a => a.Id == agreement).Select(a => new Saved(a.Version, 0, 0, writes)).SingleAsync(),
            };
        });
        using var worker = TestClient.For(app);
        await worker.SignInAsync("medarbejder1.act@caseload.local");
        async Task<(string Status, List<KeyValuePair<string, string>> Fields)> SaveAsync(Func<KeyValuePair<string, string>, KeyValuePair<string, string>> change)
        {
            var form = (IHtmlFormElement)(await worker.GetPageAsync(url)).GetElementById(formId)!;
            var fields = FormFields.Of(form).Select(change).ToList();
            using var saved = await worker.PostWithTokenAsync(url, fields);
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            var page = await worker.GetPageAsync(saved.Headers.Location!.OriginalString);
            return (page.QuerySelector("[role=status]")!.TextContent, fields);
        }

        var before = await SavedAsync();
        if (document != "samarbejdsaftale") before.Number.ShouldBeGreaterThan(1); // the demo's document has versions already
        for (var i = 0; i < 2; i++)
        {
            var (status, _) = await SaveAsync(f => f);
            status.ShouldStartWith("Der var ingen ændringer");
            (await SavedAsync()).ShouldBe(before);
        }

        var (changedStatus, posted) = await SaveAsync(f => f.Key == field ? new(f.Key, f.Value + " (rettet)") : f);
        posted.ShouldContain(f => f.Key == field);
        changedStatus.ShouldNotContain("ingen ændringer");
        var after = await SavedAsync();
        after.Version.ShouldNotBe(before.Version);
        after.Writes.ShouldBeGreaterThan(before.Writes);
        if (document != "samarbejdsaftale")
        {
            after.Number.ShouldBe(before.Number + 1);
            after.Rows.ShouldBe(before.Rows + 1);
        }
    }

    /// <summary>A form made from an older version is a conflict even when what it carries equals what is saved now: the user
    /// worked on something that has since changed, so "nothing changed" would be untrue.</summary>
    [Fact]
    public async Task AnOutOfDateFormThatChangesNothingIsStillAConflict()
    {
        var bent = await app.CitizenIdAsync("Bent Kristensen");
        var url = $"/borgere/{bent}/indsatsplan";
        using var worker = TestClient.For(app);
        await worker.SignInAsync("medarbejder1.act@caseload.local");
        var fields = FormFields.Of((IHtmlFormElement)(await worker.GetPageAsync(url)).GetElementById("plan-form")!);
        var stale = fields.Select(f => f.Key == "Input.Version" ? new KeyValuePair<string, string>(f.Key, Guid.NewGuid().ToString()) : f).ToList();
        var before = await app.QueryAsync(db => db.ActionPlans.Where(p => p.CitizenId == bent).Select(p => new { p.Version, p.RevisionCount }).SingleAsync());

        using var response = await worker.PostWithTokenAsync(url, stale);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TestClient.ParseAsync(response)).QuerySelector("#fejl-oversigt")!.TextContent.ShouldContain("ændret af en anden");
        (await app.QueryAsync(db => db.ActionPlans.Where(p => p.CitizenId == bent).Select(p => new { p.Version, p.RevisionCount }).SingleAsync()))
            .ShouldBe(before);
    }
}

public sealed class UnchangedSaveTestsOnSqlite(SqliteAppFactory app) : UnchangedSaveTests<SqliteAppFactory>(app);
public sealed class UnchangedSaveTestsOnPostgres(PostgresAppFactory app) : UnchangedSaveTests<PostgresAppFactory>(app);
