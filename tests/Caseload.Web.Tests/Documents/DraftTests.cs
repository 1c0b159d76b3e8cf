using System.Net;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;

namespace Caseload.Web.Tests.Documents;

/// <summary>Autosaved drafts: the author's own, by form address; nobody else reads them; a saved form removes its draft.</summary>
public abstract class DraftTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseloadAppFactory, new()
{
    private const string Form = "/borgere/00000000-0000-0000-0000-000000000001/netvaerkskort/rediger";

    [Fact]
    public async Task ADraftIsReadOnlyByItsAuthor()
    {
        using var author = TestClient.For(app);
        await author.SignInAsync("medarbejder1.act@caseload.local");
        using var saved = await author.PostWithTokenAsync("/kladder", [new("key", Form), new("data", "{\"Input.Persons[0].Name\":\"Lægehuset Åen\"}")]);
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await saved.Content.ReadAsStringAsync()).ShouldContain("savedAt");
        using var mine = await author.GetAsync($"/kladder?key={Uri.EscapeDataString(Form)}");
        var json = System.Text.Json.JsonDocument.Parse(await mine.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("data").GetString().ShouldBe("{\"Input.Persons[0].Name\":\"Lægehuset Åen\"}");

        using var colleague = TestClient.For(app);
        await colleague.SignInAsync("medarbejder2.act@caseload.local");
        using var theirs = await colleague.GetAsync($"/kladder?key={Uri.EscapeDataString(Form)}");
        theirs.StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Theory]
    [InlineData("https://example.com/x")]
    [InlineData("//example.com/x")]
    [InlineData("")]
    public async Task OnlyTheAppsOwnFormAddressesAreKeys(string key)
    {
        using var client = TestClient.For(app);
        await client.SignInAsync("medarbejder1.act@caseload.local");
        using var response = await client.PostWithTokenAsync("/kladder", [new("key", key), new("data", "{}")]);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ATooLargeDraftIsRefusedInDanishAndWithoutAToken()
    {
        using var client = TestClient.For(app);
        await client.SignInAsync("medarbejder1.act@caseload.local");
        using var large = await client.PostWithTokenAsync("/kladder", [new("key", Form), new("data", new string('x', 64_001))]);
        large.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await large.Content.ReadAsStringAsync()).ShouldContain("Kladden er for stor");
        using var content = new FormUrlEncodedContent([new("key", Form), new("data", "{}")]);
        using var forged = await client.Http.PostAsync(new Uri("/kladder", UriKind.Relative), content);
        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest); // antiforgery, as every POST
    }

    [Fact]
    public async Task SavingTheFormRemovesItsDraft()
    {
        using var client = TestClient.For(app);
        await client.SignInAsync("medarbejder1.act@caseload.local");
        var citizen = await app.CitizenIdAsync("Kim Dahl");
        var form = $"/borgere/{citizen}/netvaerkskort/rediger";
        using (await client.PostWithTokenAsync("/kladder", [new("key", form), new("data", "{}")])) { }
        using var save = await client.PostFormAsync(form, [new("Input.Persons[0].Category", "Health"), new("Input.Persons[0].Role", "Egen læge"),
            new("Input.Persons[0].Name", "Lægehuset Torvet"), new("__kladde", "1")], "/netvaerkskort/rediger");
        save.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var after = await client.GetAsync($"/kladder?key={Uri.EscapeDataString(form)}");
        after.StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }
}

public sealed class DraftTestsOnSqlite(SqliteAppFactory app) : DraftTests<SqliteAppFactory>(app);
public sealed class DraftTestsOnPostgres(PostgresAppFactory app) : DraftTests<PostgresAppFactory>(app);
