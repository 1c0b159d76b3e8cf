using System.Net;
using System.Text.RegularExpressions;
using Caseload.TestSupport;

namespace Caseload.Web.Tests.House;

/// <summary>
/// Signs in as each demo role and follows every link the pages offer (issue #27, item 15): no page uses the English
/// possessive ("Mette Andersen's borgere") or a plural after the count one ("1 borgere", "1 aktive mål"). Paths that
/// differ only by ids are visited twice at most, so the crawl covers every kind of page without every citizen.
/// </summary>
public sealed partial class DanishLanguageCrawlTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private const int PagesPerRole = 250;

    [Theory]
    [InlineData("admin@caseload.local")]
    [InlineData("leder@caseload.local")]
    [InlineData("teamleder.act@caseload.local")]
    [InlineData("teamleder.cti@caseload.local")]
    [InlineData("teamleder.fs@caseload.local")]
    [InlineData("medarbejder1.act@caseload.local")]
    [InlineData("medarbejder2.cti@caseload.local")]
    [InlineData("medarbejder1.fs@caseload.local")]
    public async Task NoCrawledPageHasAnEnglishPossessiveOrAPluralAfterOne(string user)
    {
        using var client = TestClient.For(app);
        await client.SignInAsync(user);
        var queue = new Queue<string>(["/"]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var perShape = new Dictionary<string, int>(StringComparer.Ordinal);
        var problems = new List<string>();
        var visited = 0;
        while (queue.Count > 0 && visited < PagesPerRole)
        {
            var url = queue.Dequeue();
            using var response = await client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            visited++;
            var page = await TestClient.ParseAsync(response);
            foreach (var s in page.QuerySelectorAll("script, style")) s.Remove();
            var text = Regex.Replace(page.Body?.TextContent ?? "", @"\s+", " ");
            problems.AddRange(EnglishPossessive().Matches(text).Select(m => $"{url}: «{Around(text, m.Index)}»"));
            problems.AddRange(PluralAfterOne().Matches(text).Select(m => $"{url}: «{Around(text, m.Index)}»"));
            foreach (var href in page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (!href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal) || Skip().IsMatch(href)) continue;
                var link = href.Split('#')[0];
                var shape = Ids().Replace(link, "{id}");
                if (!seen.Add(link) || perShape.GetValueOrDefault(shape) >= 2) continue;
                perShape[shape] = perShape.GetValueOrDefault(shape) + 1;
                queue.Enqueue(link);
            }
        }
        visited.ShouldBeGreaterThan(5, "the crawl reached the role's pages");
        problems.Distinct().ShouldBeEmpty();
    }

    private static string Around(string text, int at) => text.Substring(Math.Max(0, at - 30), Math.Min(text.Length - Math.Max(0, at - 30), 70));

    [GeneratedRegex(@"\p{L}['’]s\b")]
    private static partial Regex EnglishPossessive();

    /// <summary>"1" on its own (not 11, 0,1 or 1.) before a plural noun or adjective.</summary>
    [GeneratedRegex(@"(?<![\d,.\-])\b1 (borgere|medarbejdere|aktive|dage|uger|måneder|timer|minutter|opgaver|kontakter|hændelser|henvendelser|deltagere|punkter|aktiviteter|frister|gange|partnere|møder|aftaler|versioner|personer|filer|sider|brugere|teams|åbne|nye|overskredne|handlinger|samarbejdsaftaler|revisioner|forløbene|mødte|fremmødte)\b")]
    private static partial Regex PluralAfterOne();

    /// <summary>Links the crawl does not follow: sign-out, PDFs, files and calendar downloads, static files.</summary>
    [GeneratedRegex(@"log-ud|pdf=true|/filer/|\.ics|/kalender|/health|^/(css|js|lib|img|fonts)/|/hent|download", RegexOptions.IgnoreCase)]
    private static partial Regex Skip();

    [GeneratedRegex(@"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?<=[/=])\d+")]
    private static partial Regex Ids();
}
