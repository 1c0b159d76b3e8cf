using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;

namespace Caseload.Web.Tests.Foundation;

/// <summary>The installable app (issue #31 item 1, ADR 0041): a manifest with Danish name and icons, and a service worker
/// built from wwwroot that keeps the offline page — current — and never a page of the app.</summary>
public sealed class InstallableAppTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task TheManifestNamesTheAppInDanishAndItsIconsAreServedWithoutSignIn()
    {
        using var client = TestClient.For(app);
        using var response = await client.GetAsync("/manifest.webmanifest");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/manifest+json");
        var manifest = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        manifest.GetProperty("lang").GetString().ShouldBe("da");
        manifest.GetProperty("short_name").GetString().ShouldBe("Caseload");
        manifest.GetProperty("display").GetString().ShouldBe("standalone");
        var icons = manifest.GetProperty("icons").EnumerateArray().Select(i => (Src: i.GetProperty("src").GetString()!, Sizes: i.GetProperty("sizes").GetString())).ToList();
        icons.ShouldContain(i => i.Sizes == "192x192");
        icons.ShouldContain(i => i.Sizes == "512x512");
        foreach (var (src, _) in icons)
        {
            using var icon = await client.GetAsync(src);
            icon.StatusCode.ShouldBe(HttpStatusCode.OK, src);
        }
        (await (await client.GetAsync("/konto/log-ind")).Content.ReadAsStringAsync()).ShouldContain("""<link rel="manifest" href="/manifest.webmanifest" />""");
    }

    [Fact]
    public async Task TheServiceWorkerKeepsTheCurrentOfflinePageAndNoPageOfTheApp()
    {
        using var client = TestClient.For(app);
        using var response = await client.GetAsync("/sw.js");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/javascript");
        var sw = await response.Content.ReadAsStringAsync();
        sw.ShouldNotContain("importScripts", customMessage: "the Workbox runtime is inlined: nothing from a CDN");
        sw.ShouldNotContain("/borgere");

        // Workbox revisions are the files' MD5: an edited offline page or icon without `bash scripts/build-sw.sh` fails here.
        var wwwroot = Path.Combine(RepositoryPaths.Root(), "src", "Caseload.Web", "wwwroot");
        var kept = System.Text.RegularExpressions.Regex.Matches(sw, """\{url:"([^"]+)",revision:"([0-9a-f]+)"\}""")
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        kept.Keys.Order().ShouldBe(["css/offline.css", "icons/icon-192.png", "icons/icon-512.png", "icons/icon.svg", "js/field.js", "manifest.webmanifest", "offline.html"]);
        foreach (var (url, revision) in kept)
#pragma warning disable CA5351 // Workbox's cache revision, not security: the same hash it computes
            Convert.ToHexStringLower(MD5.HashData(File.ReadAllBytes(Path.Combine(wwwroot, url)))).ShouldBe(revision, $"{url} changed: run bash scripts/build-sw.sh");
#pragma warning restore CA5351

        using var offline = await client.GetAsync("/offline.html");
        offline.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await offline.Content.ReadAsStringAsync()).ShouldContain("Du er offline");
    }
}
