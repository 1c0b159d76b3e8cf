using System.Net;
using System.Text;
using Caseload.TestSupport;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Caseload.Web.Tests.Security;

/// <summary>Requests the server cannot read get a real status and the Danish page (issue #28 items 1 and 2): a NUL in a
/// form field, more than 1,024 fields, a value over 4 MB and an upload over the request limit used to be answered with
/// "HTTP/1.1 0"; an over-long address and <c>GET /fejl</c> with a blank or false page.</summary>
public sealed class UnreadableRequestTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private async Task<(HttpStatusCode Status, string Heading, string Text)> PostRawAsync(TestClient client, string url, HttpContent content)
    {
        using var response = await client.Http.PostAsync(new Uri(url, UriKind.Relative), content);
        var page = await TestClient.ParseAsync(response);
        return (response.StatusCode, page.QuerySelector("h1")?.TextContent ?? "", page.QuerySelector("main")?.TextContent ?? "");
    }

    private static StringContent UrlEncoded(string body) => new(body, Encoding.ASCII, "application/x-www-form-urlencoded");

    [Fact]
    public async Task ANulCharacterInAFormFieldGetsA400AndTheDanishPage()
    {
        using var client = TestClient.For(app);
        var (status, heading, text) = await PostRawAsync(client, "/konto/log-ind", UrlEncoded("Email=a%00b&Password=x"));
        status.ShouldBe(HttpStatusCode.BadRequest);
        heading.ShouldBe("Forespørgslen kunne ikke læses");
        text.ShouldContain("usynligt kontroltegn");
    }

    [Fact]
    public async Task MoreThan1024FieldsGetA400AndTheDanishPage()
    {
        using var client = TestClient.For(app);
        await client.SignInAsync("medarbejder1.act@caseload.local");
        var body = string.Join('&', Enumerable.Range(0, 1100).Select(i => $"f{i}=x"));
        var (status, heading, _) = await PostRawAsync(client, "/konto/log-ud", UrlEncoded(body));
        status.ShouldBe(HttpStatusCode.BadRequest);
        heading.ShouldBe("Forespørgslen kunne ikke læses");
    }

    [Fact]
    public async Task AValueOver4MbGetsA413AndTheDanishPage()
    {
        using var client = TestClient.For(app);
        var (status, heading, text) = await PostRawAsync(client, "/konto/log-ind", UrlEncoded("Email=" + new string('a', 5 * 1024 * 1024) + "&Password=x"));
        status.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        heading.ShouldBe("Det sendte er for stort");
        text.ShouldContain("tilbage-knap");
    }

    [Fact]
    public async Task AScanOverTheRequestLimitGetsA413NamingTheFileLimit()
    {
        using var leader = TestClient.For(app);
        await leader.SignInAsync("teamleder.fs@caseload.local");
        var url = await leader.PostFormForRedirectAsync("/samarbejdspartnere", [new("Input.Name", "Boligselskabet Stor Skanning"), new("Input.Kind", "HousingAssociation")],
            "/samarbejdspartnere/ny");
        var scan = new byte[25 * 1024 * 1024];
        "%PDF-1.4"u8.CopyTo(scan);
        using var response = await leader.PostMultipartAsync(url, [new("Agreement.Title", "Aftale med stor skanning")], "signedDocument", "skanning.pdf", scan,
            "application/pdf", "/aftaler");
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        var page = await TestClient.ParseAsync(response);
        page.QuerySelector("h1")!.TextContent.ShouldBe("Det sendte er for stort");
        page.QuerySelector("main")!.TextContent.ShouldContain("En fil må højst være 10 MB");
    }

    [Fact]
    public async Task AnEmptyUploadGetsADanishMessageAndTheFormAgain()
    {
        using var leader = TestClient.For(app);
        await leader.SignInAsync("teamleder.act@caseload.local");
        var url = await leader.PostFormForRedirectAsync("/samarbejdspartnere", [new("Input.Name", "Boligselskabet Tom Fil"), new("Input.Kind", "HousingAssociation")],
            "/samarbejdspartnere/ny");
        using var response = await leader.PostMultipartAsync(url, [new("Agreement.Title", "Aftale med tom fil"), new("Agreement.Parties", "Kommunen og boligselskabet"),
            new("Agreement.Purpose", "Forebygge udsættelser"), new("Agreement.ValidFrom", "2026-01-01"), new("Agreement.ReviewOn", "2027-01-01")],
            "signedDocument", "tom.pdf", [], "application/pdf", "/aftaler");
        response.StatusCode.ShouldBe(HttpStatusCode.OK); // the form again, not "Samarbejdsaftalen er gemt"
        var page = await TestClient.ParseAsync(response);
        page.QuerySelector("#fejl-oversigt")!.TextContent.ShouldContain("Filen er tom");
        ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#aftale-titel")!).Value.ShouldBe("Aftale med tom fil");
        (await app.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.PartnerAgreements, a => a.Title == "Aftale med tom fil"))).ShouldBe(0);
    }

    [Fact]
    public async Task AnOverlongAddressGetsA414AndTheDanishPage()
    {
        using var client = TestClient.For(app);
        await client.SignInAsync("medarbejder1.act@caseload.local");
        using var response = await client.GetAsync("/borgere?q=" + new string('x', 100_000));
        response.StatusCode.ShouldBe(HttpStatusCode.RequestUriTooLong);
        (await TestClient.ParseAsync(response)).QuerySelector("h1")!.TextContent.ShouldBe("Adressen er for lang");
        // Kestrel must let such an address through to the app, or it answers with an empty 414 itself.
        app.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits.MaxRequestLineSize.ShouldBeGreaterThan(100_100);
    }

    [Fact]
    public async Task TheErrorAddressAskedForDirectlyIsNotFoundNotAServerError()
    {
        using var client = TestClient.For(app);
        using var response = await client.GetAsync("/fejl");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await TestClient.ParseAsync(response)).QuerySelector("h1")!.TextContent.ShouldBe("Siden findes ikke");
    }

    [Theory]
    [InlineData(405, "Forespørgslen kunne ikke gennemføres")]
    [InlineData(429, "For mange forespørgsler")]
    [InlineData(503, "Der opstod en fejl")]
    public async Task EveryStatusHasADanishPage(int code, string heading)
    {
        using var client = TestClient.For(app);
        using var response = await client.GetAsync($"/fejl/{code}");
        ((int)response.StatusCode).ShouldBe(code);
        (await TestClient.ParseAsync(response)).QuerySelector("h1")!.TextContent.ShouldBe(heading);
    }
}
