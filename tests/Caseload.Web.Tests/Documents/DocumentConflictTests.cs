using System.Net;
using AngleSharp.Html.Dom;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Web.Tests.Documents;

/// <summary>Two people edit the same agreement, action plan or meeting: the second save is refused with a clear message and
/// the differences side by side (theirs saved, mine typed and kept); saving again is then a deliberate choice.</summary>
public abstract class DocumentConflictTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseloadAppFactory, new()
{
    [Theory]
    [InlineData("samarbejdsaftale", "Input.Place")]
    [InlineData("indsatsplan", "Input.CitizensView")]
    [InlineData("møde", "Input.Place")]
    public async Task TheSecondSaveShowsBothVersionsSideBySideAndKeepsWhatWasTyped(string document, string field)
    {
        var bent = await app.CitizenIdAsync("Bent Kristensen");
        var url = document switch
        {
            "samarbejdsaftale" => $"/borgere/{bent}/samarbejdsaftaler/{await app.QueryAsync(db => db.CooperationAgreements.Where(a => a.CitizenId == bent).Select(a => a.Id).FirstAsync())}",
            "indsatsplan" => $"/borgere/{bent}/indsatsplan",
            _ => await NewMeetingAsync(bent),
        };
        var formId = document switch { "samarbejdsaftale" => "aftale-form", "møde" => "moede-form", _ => null };
        using var leader = TestClient.For(app);
        await leader.SignInAsync("teamleder.act@caseload.local");
        using var worker = TestClient.For(app);
        await worker.SignInAsync("medarbejder1.act@caseload.local");
        var leadersForm = await leader.GetPageAsync(url);
        var workersForm = await worker.GetPageAsync(url);

        using (var theirs = await worker.PostWithTokenAsync(url, FieldsOf(workersForm, formId, field, "Hos Bent, i køkkenet")))
            theirs.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var mine = await leader.PostWithTokenAsync(url, FieldsOf(leadersForm, formId, field, "På værestedet Lyset"));
        mine.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await TestClient.ParseAsync(mine);
        page.QuerySelector("#fejl-oversigt")!.TextContent.ShouldContain("ændret af en anden");
        var row = page.QuerySelectorAll("#konflikt-forskelle tbody tr").Single(r => r.TextContent.Contains("Hos Bent, i køkkenet", StringComparison.Ordinal));
        row.QuerySelectorAll("td")[0].TextContent.ShouldBe("På værestedet Lyset"); // mine, not saved
        row.QuerySelectorAll("td")[1].TextContent.ShouldBe("Hos Bent, i køkkenet"); // theirs, saved
        page.QuerySelector("#konflikt h2")!.TextContent.ShouldContain("Gemt af");
        Typed(page, field).ShouldBe("På værestedet Lyset");

        using var deliberate = await leader.PostWithTokenAsync(url, FieldsOf(page, formId, field, "På værestedet Lyset"));
        deliberate.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Typed(await leader.GetPageAsync(deliberate.Headers.Location!.OriginalString), field).ShouldBe("På værestedet Lyset");
    }

    private async Task<string> NewMeetingAsync(Guid citizen)
    {
        using var worker = TestClient.For(app);
        await worker.SignInAsync("medarbejder1.act@caseload.local");
        var form = await worker.GetPageAsync($"/borgere/{citizen}/koordinerende-moeder/ny");
        using var saved = await worker.PostWithTokenAsync($"/borgere/{citizen}/koordinerende-moeder/ny", FieldsOf(form, "moede-form", "Input.Place", "Rådhuset"));
        return saved.Headers.Location!.OriginalString;
    }

    private static string Typed(IHtmlDocument page, string field) => page.QuerySelector($"[name='{field}']") switch
    {
        IHtmlTextAreaElement area => area.Value,
        IHtmlInputElement input => input.Value,
        _ => "",
    };

    /// <summary>The form's fields as the page shows them (ticked boxes only), with one changed.</summary>
    private static List<KeyValuePair<string, string>> FieldsOf(IHtmlDocument page, string? formId, string field, string value)
    {
        var form = formId is null ? page.Forms.First(f => f.HasAttribute("data-autosave")) : (IHtmlFormElement)page.GetElementById(formId)!;
        var fields = FormFields.Of(form);
        return [.. fields.Select(f => f.Key == field ? new KeyValuePair<string, string>(f.Key, value) : f)];
    }
}

public sealed class DocumentConflictTestsOnSqlite(SqliteAppFactory app) : DocumentConflictTests<SqliteAppFactory>(app);
public sealed class DocumentConflictTestsOnPostgres(PostgresAppFactory app) : DocumentConflictTests<PostgresAppFactory>(app);
