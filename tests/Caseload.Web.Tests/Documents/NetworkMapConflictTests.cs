using System.Net;
using AngleSharp.Html.Dom;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;

namespace Caseload.Web.Tests.Documents;

/// <summary>Two workers edit the same network map: the second save is not silently applied — the page shows the map as
/// the other saved it beside what was typed, and saving again is a deliberate choice.</summary>
public abstract class NetworkMapConflictTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseloadAppFactory, new()
{
    private static KeyValuePair<string, string>[] Fields(string version, string name) =>
    [
        new("Input.Version", version),
        new("Input.Persons[0].Category", "Health"), new("Input.Persons[0].Role", "Egen læge"), new("Input.Persons[0].Name", "Lægehuset Torvet"),
        new("Input.Persons[1].Category", "PrivateNetwork"), new("Input.Persons[1].Name", name), new("Input.Persons[1].Closeness", "Close"),
    ];

    [Fact]
    public async Task TheSecondSaveShowsBothVersionsAndKeepsWhatWasTyped()
    {
        var citizen = await app.CitizenIdAsync("Jytte Poulsen");
        var form = $"/borgere/{citizen}/netvaerkskort/rediger";
        using var leader = TestClient.For(app);
        await leader.SignInAsync("teamleder.act@caseload.local");
        using var other = TestClient.For(app);
        await other.SignInAsync("medarbejder1.act@caseload.local");

        using (var first = await leader.PostWithTokenAsync(form, Fields(Guid.Empty.ToString(), "Søster"))) first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        string VersionOn(IHtmlDocument page) => ((IHtmlInputElement)page.QuerySelector("input[name='Input.Version']")!).Value;
        var seenByLeader = VersionOn(await leader.GetPageAsync(form));
        var seenByOther = VersionOn(await other.GetPageAsync(form));

        using (var theirs = await other.PostWithTokenAsync(form, Fields(seenByOther, "Bror"))) theirs.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var mine = await leader.PostWithTokenAsync(form, Fields(seenByLeader, "Nabo"));
        mine.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await TestClient.ParseAsync(mine);
        page.QuerySelector("#fejl-oversigt")!.TextContent.ShouldContain("ændret af en anden");
        page.QuerySelector("#konflikt")!.TextContent.ShouldContain("Bror"); // what the other saved
        ((IHtmlInputElement)page.QuerySelector("input[name='Input.Persons[1].Name']")!).Value.ShouldBe("Nabo"); // what I typed
        var current = VersionOn(page);
        current.ShouldNotBe(seenByLeader);

        using var deliberate = await leader.PostWithTokenAsync(form, Fields(current, "Nabo"));
        deliberate.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var map = await leader.GetPageAsync($"/borgere/{citizen}/netvaerkskort");
        map.QuerySelectorAll("#nm-versioner li").Length.ShouldBe(3);
        map.QuerySelector("#netvaerk-liste")!.TextContent.ShouldContain("Nabo");
    }
}

public sealed class NetworkMapConflictTestsOnSqlite(SqliteAppFactory app) : NetworkMapConflictTests<SqliteAppFactory>(app);
public sealed class NetworkMapConflictTestsOnPostgres(PostgresAppFactory app) : NetworkMapConflictTests<PostgresAppFactory>(app);
