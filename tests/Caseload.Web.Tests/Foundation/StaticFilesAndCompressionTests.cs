using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;

namespace Caseload.Web.Tests.Foundation;

/// <summary>A poor connection (issue #31 item 6): static files under fingerprinted names (compressed and cached for good
/// when published, see bench/web/lighthouse.sh); pages compressed only for requests from the app itself or the user (ADR 0040).</summary>
public sealed partial class StaticFilesAndCompressionTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task TheLayoutLinksFingerprintedFilesThatAreCachedForGoodAndServedCompressed()
    {
        using var client = TestClient.For(app);
        var login = await (await client.GetAsync("/konto/log-ind")).Content.ReadAsStringAsync();
        var bootstrap = Fingerprinted(login, "/css/bootstrap.app.", "css"); // Bootstrap trimmed to what the app uses
        Fingerprinted(login, "/css/site.", "css");
        Fingerprinted(login, "/js/autosave.", "js");
        login.ShouldNotContain("?v=", customMessage: "asp-append-version's query string: the fingerprint is in the name now");

        using var plain = await client.GetAsync(bootstrap);
        plain.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await plain.Content.ReadAsStringAsync()).ShouldContain("Trimmed by scripts/trim-css.sh");
        // Brotli and "immutable" come from the publish manifest; bench/web/lighthouse.sh checks them on the published app
        // and stops when they are missing. The build's manifest, which the test host reads, says no-cache (an edited file
        // shows at once).
        plain.Headers.ETag.ShouldNotBeNull();
    }

    [Theory]
    [InlineData("same-origin", true)]
    [InlineData("none", true)] // typed, bookmarked
    [InlineData("cross-site", false)] // BREACH: another site must not get a page's compressed length
    [InlineData("same-site", false)]
    [InlineData(null, false)]
    public async Task APageIsCompressedOnlyForRequestsFromTheAppOrTheUser(string? fetchSite, bool compressed)
    {
        using var client = TestClient.For(app);
        await client.SignInAsync("medarbejder1.act@caseload.local");
        var citizen = await app.CitizenIdAsync("Bent Kristensen");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/borgere/{citizen}");
        request.Headers.Add("Accept-Encoding", "br, gzip");
        if (fetchSite is not null) request.Headers.Add("Sec-Fetch-Site", fetchSite);
        using var response = await client.Http.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (!compressed)
        {
            response.Content.Headers.ContentEncoding.ShouldBeEmpty();
            System.Text.Encoding.UTF8.GetString(bytes).ShouldContain("Bent Kristensen");
            return;
        }
        response.Content.Headers.ContentEncoding.ShouldBe(["br"]);
        await using var brotli = new BrotliStream(new MemoryStream(bytes), CompressionMode.Decompress);
        var html = await new StreamReader(brotli).ReadToEndAsync();
        html.ShouldContain("Bent Kristensen");
        bytes.Length.ShouldBeLessThan(html.Length / 3);
    }

    private static string Fingerprinted(string html, string prefix, string extension)
    {
        var match = Regex.Match(html, Regex.Escape(prefix) + @"[a-z0-9]{6,}\." + extension + "\"");
        match.Success.ShouldBeTrue($"{prefix}<fingerprint>.{extension} in the layout");
        return match.Value.TrimEnd('"');
    }
}
