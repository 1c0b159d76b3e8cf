using System.Net;
using Caseload.TestSupport;

namespace Caseload.Web.Tests.Security;

/// <summary>Menus show only what the user can use (issue #27 item 13): a method's pages only to members of a team of
/// that method; no link on the start page, the menu or the pages it leads to ends in 404 or 403; the administrator keeps
/// drop-in centres and partners (ADR 0030); the 403 page never sends the administrator to the administrator.</summary>
public abstract class MenuTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseloadAppFactory, new()
{
    /// <summary>The menu's top level; a drop-down as "Group: entry, entry" (issue #30: the ACT team's week in one drop-down, so
    /// the team leader's menu fits one line at 1024 px).</summary>
    private static async Task<List<string>> MenuAsync(TestClient client)
        => [.. (await client.GetPageAsync("/")).QuerySelectorAll("#hovedmenu .navbar-nav.me-auto > li").Select(li => li.QuerySelector(".dropdown-toggle") is { } toggle
            ? $"{toggle.TextContent.Trim()}: {string.Join(", ", li.QuerySelectorAll("a.dropdown-item").Select(a => a.TextContent.Trim()))}"
            : li.QuerySelector("a")!.TextContent.Trim())];

    [Theory]
    [InlineData("medarbejder1.act@caseload.local", "Mine borgere|Borgere|Frister|ACT-teamet: Teammøde, Ugens besøg")]
    [InlineData("teamleder.act@caseload.local", "Mine borgere|Borgere|Frister|ACT-teamet: Teammøde, Ugens besøg|Caseload-tavle|Resultater: ACT-resultater, Borgerresultater")]
    [InlineData("teamleder.cti@caseload.local", "Mine borgere|Borgere|Frister|CTI-fasetavle|Caseload-tavle|Resultater: CTI-metodetroskab, Borgerresultater")]
    [InlineData("medarbejder1.cti@caseload.local", "Mine borgere|Borgere|Frister|CTI-fasetavle")]
    [InlineData("medarbejder1.fs@caseload.local", "Mine borgere|Borgere|Frister|Henvendelser|FS-frister")]
    [InlineData("leder@caseload.local", "Resultater: CTI-metodetroskab, ACT-resultater, Borgerresultater, FS-resultater|Ledelse")]
    [InlineData("teamleder.fs@caseload.local", "Mine borgere|Borgere|Frister|Henvendelser|FS-frister|Caseload-tavle|Resultater: Borgerresultater, FS-resultater")]
    [InlineData("admin@caseload.local", "Brugere|Teams|Logning|Væresteder|Samarbejdspartnere|Baggrundsjob|API-klienter|Indsigt")]
    public async Task TheMenuShowsAMethodsPagesOnlyToItsTeams(string email, string expected)
    {
        using var client = TestClient.For(app);
        await client.SignInAsync(email);
        (await MenuAsync(client)).ShouldBe(expected.Split('|'));
    }

    [Theory]
    [InlineData("admin@caseload.local")]
    [InlineData("leder@caseload.local")]
    [InlineData("medarbejder1.act@caseload.local")]
    [InlineData("teamleder.cti@caseload.local")]
    public async Task NoLinkFromTheStartPageOrTheMenuPagesEndsInAnError(string email)
    {
        using var client = TestClient.For(app);
        await client.SignInAsync(email);
        var start = await client.GetPageAsync("/");
        var firstLevel = start.QuerySelectorAll("main a[href^='/'], #hovedmenu a[href^='/']").Select(a => a.GetAttribute("href")!).Distinct().ToList();
        var links = new HashSet<string>(firstLevel);
        foreach (var url in firstLevel.Where(u => !u.Contains("/udskrift", StringComparison.Ordinal)))
        {
            using var response = await client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK) continue; // checked below with the rest
            var page = await TestClient.ParseAsync(response);
            foreach (var a in page.QuerySelectorAll("main a[href^='/']")) links.Add(a.GetAttribute("href")!);
        }
        foreach (var url in links.Where(u => !u.Contains("pdf=true", StringComparison.Ordinal)))
        {
            using var response = await client.GetAsync(url);
            ((int)response.StatusCode).ShouldBeOneOf([200, 302], $"{email}: {url}");
            if (response.StatusCode == HttpStatusCode.Redirect)
                response.Headers.Location!.OriginalString.ShouldNotContain("ingen-adgang", Case.Insensitive, $"{email}: {url}");
        }
    }

    [Fact]
    public async Task TheAdministratorKeepsDropInCentresAndPartners()
    {
        using var client = TestClient.For(app);
        await client.SignInAsync("admin@caseload.local");
        foreach (var url in new[] { "/vaeresteder", "/samarbejdspartnere" })
        {
            using var response = await client.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        }
    }

    [Fact]
    public async Task TheAccessDeniedPageNeverSendsTheAdministratorToTheAdministrator()
    {
        using var client = TestClient.For(app);
        await client.SignInAsync("admin@caseload.local");
        using var response = await client.GetAsync("/tavle");
        response.Headers.Location!.AbsolutePath.ShouldBe("/konto/ingen-adgang");
        using var denied = await client.GetAsync("/konto/ingen-adgang");
        denied.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var page = await TestClient.ParseAsync(denied);
        page.QuerySelector("main")!.TextContent.ShouldNotContain("kontakt din administrator", Case.Insensitive);
    }

    [Fact]
    public async Task OpretBorgerIsOfferedOnlyToTeamMembers()
    {
        using var admin = TestClient.For(app);
        await admin.SignInAsync("admin@caseload.local");
        (await admin.GetPageAsync("/borgere")).QuerySelector("a[href='/borgere/ny']").ShouldBeNull();
        using var worker = TestClient.For(app);
        await worker.SignInAsync("medarbejder1.act@caseload.local");
        (await worker.GetPageAsync("/borgere")).QuerySelector("a[href='/borgere/ny']").ShouldNotBeNull();
    }
}

public sealed class MenuTestsOnSqlite(SqliteAppFactory app) : MenuTests<SqliteAppFactory>(app);
