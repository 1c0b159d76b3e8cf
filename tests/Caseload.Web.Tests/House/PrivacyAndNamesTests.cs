using System.Net;
using Caseload.Domain.Common;
using Caseload.Infrastructure.Auditing;
using Caseload.Infrastructure.Persistence;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Web.Tests.House;

public abstract class PrivacyAndNamesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseloadAppFactory, new()
{
    /// <summary>No page shows a full CPR number — the edit form included — unless "Vis CPR" was used (audited).</summary>
    [Fact]
    public async Task NoPageShowsAnUnmaskedCprNumberUnlessVisCprWasUsed()
    {
        var citizens = await app.QueryAsync(db => db.Citizens.Select(c => new { c.Id, c.Cpr }).ToListAsync());
        var cprs = citizens.Where(c => c.Cpr is not null).Select(c => c.Cpr!.Formatted).ToList();
        var ids = citizens.Select(c => c.Id).ToList();
        var referrals = (await app.QueryAsync(db => db.Referrals.Select(r => new { r.CitizenId, r.Id }).ToListAsync()))
            .Select(r => $"/borgere/{r.CitizenId}/fs/henvendelser/{r.Id}").ToList();
        var users = new[] { "medarbejder1.act@caseload.local", "teamleder.act@caseload.local", "teamleder.cti@caseload.local", "teamleder.fs@caseload.local", "admin@caseload.local", "leder@caseload.local" };
        var pages = 0;
        foreach (var user in users)
        {
            using var client = TestClient.For(app);
            await client.SignInAsync(user);
            var urls = new List<string> { "/", "/borgere", "/mine-borgere", "/tavle", "/ledelse", "/admin/brugere", "/admin/teams", "/admin/logning", "/min-konto", "/fs/frister", "/fs/henvendelser" };
            foreach (var id in ids) urls.AddRange([$"/borgere/{id}", $"/borgere/{id}/rediger", $"/borgere/{id}/cpr", $"/borgere/{id}/fs", $"/borgere/{id}/netvaerkskort"]);
            urls.AddRange(referrals);
            foreach (var url in urls)
            {
                using var response = await client.GetAsync(url);
                if (response.StatusCode != HttpStatusCode.OK) continue;
                var html = await response.Content.ReadAsStringAsync();
                pages++;
                foreach (var cpr in cprs)
                {
                    html.ShouldNotContain(cpr, customMessage: $"{user} GET {url}");
                    html.ShouldNotContain(cpr.Replace("-", "", StringComparison.Ordinal), customMessage: $"{user} GET {url}");
                }
            }
        }
        pages.ShouldBeGreaterThan(40);

        using var worker = TestClient.For(app);
        await worker.SignInAsync("medarbejder1.act@caseload.local");
        var bent = await app.CitizenIdAsync("Bent Kristensen");
        using var revealed = await worker.PostWithTokenAsync($"/borgere/{bent}/vis-cpr", []);
        (await revealed.Content.ReadAsStringAsync()).ShouldContain("120367-1235");
    }

    /// <summary>The audit log keeps stable names, not CLR type names; each audited entity has one, and a Danish name.</summary>
    [Fact]
    public void EveryAuditedEntityHasAStableAndADanishName()
    {
        using var scope = app.Services.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<CaseloadDbContext>().Model;
        var audited = model.GetEntityTypes().Select(e => e.ClrType).Where(AuditNameRegistry.IsAudited).ToList();
        audited.Count.ShouldBeGreaterThanOrEqualTo(7);
        foreach (var type in audited)
        {
            AuditNameRegistry.HasName(type).ShouldBeTrue($"{type.Name} is audited but has no [AuditedAs] name");
            var stable = AuditNameRegistry.StableName(type);
            stable.ShouldNotContain("`");
            AuditNameRegistry.DanishName(stable).ShouldNotBe(stable == "Team" ? "" : stable, $"{type.Name} has no Danish name");
        }
        foreach (var type in typeof(Entity).Assembly.GetTypes().Where(t => typeof(IAudited).IsAssignableFrom(t) && t.IsClass))
            AuditNameRegistry.HasName(type).ShouldBeTrue($"{type.Name} implements IAudited without [AuditedAs]");
    }

    [Fact]
    public async Task ARoleChangeIsLoggedUnderItsStableName()
    {
        using var admin = TestClient.For(app);
        await admin.SignInAsync("admin@caseload.local");
        var userId = await app.QueryAsync(db => db.Users.Where(u => u.Email == "medarbejder2.fs@caseload.local").Select(u => u.Id).SingleAsync());
        var form = await admin.GetPageAsync($"/admin/brugere/{userId}");
        var teamFields = form.QuerySelectorAll("input[name^='Teams['], select[name^='Teams[']")
            .Select(e => new KeyValuePair<string, string>(e.GetAttribute("name")!, e is AngleSharp.Html.Dom.IHtmlSelectElement s ? s.Value ?? "" : e.GetAttribute("value") ?? ""));
        using var saved = await admin.PostFormAsync($"/admin/brugere/{userId}", [new("FullName", "Hanne Vestergaard"),
            new("Email", "medarbejder2.fs@caseload.local"), new("Roles", "Medarbejder"), new("Roles", "Teamleder"), .. teamFields], $"/admin/brugere/{userId}");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var names = await app.QueryAsync(db => db.AuditEntries.Where(a => a.Action == Domain.Auditing.AuditAction.Created).Select(a => a.EntityType).Distinct().ToListAsync());
        names.ShouldContain("UserRole");
        names.ShouldNotContain(n => n.Contains('`', StringComparison.Ordinal));
        var page = await admin.GetPageAsync("/admin/logning?User=admin@caseload.local");
        page.Body!.TextContent.ShouldContain("Brugerrolle");
    }

    [Theory]
    [InlineData("/Worker/Citizens", "/borgere")]
    [InlineData("/Worker/Citizens/Index?q=Bent", "/borgere?q=Bent")]
    [InlineData("/Worker/Citizens/Mine", "/mine-borgere")]
    [InlineData("/Leader/Board", "/tavle")]
    [InlineData("/Manager/Home", "/ledelse")]
    [InlineData("/Admin/Audit", "/admin/logning")]
    [InlineData("/Admin/Users/Index", "/admin/brugere")]
    public async Task OldBookmarksRedirectToTheNewAddresses(string old, string now)
    {
        using var client = TestClient.For(app);
        await client.SignInAsync("teamleder.act@caseload.local");
        using var response = await client.GetAsync(old);
        response.StatusCode.ShouldBe(HttpStatusCode.MovedPermanently);
        response.Headers.Location!.OriginalString.ShouldBe(now);
    }

    [Fact]
    public async Task AnOldCitizenBookmarkRedirectsToTheCitizenPage()
    {
        var id = await app.CitizenIdAsync("Bent Kristensen");
        using var client = TestClient.For(app);
        await client.SignInAsync("medarbejder1.act@caseload.local");
        using var response = await client.GetAsync($"/Worker/Citizens/Details/{id}");
        response.Headers.Location!.OriginalString.ShouldBe($"/borgere/{id}");
        (await client.GetPageAsync(response.Headers.Location.OriginalString)).QuerySelector("h1")!.TextContent.ShouldBe("Bent Kristensen");
    }
}

public sealed class PrivacyAndNamesTestsOnSqlite(SqliteAppFactory app) : PrivacyAndNamesTests<SqliteAppFactory>(app);
public sealed class PrivacyAndNamesTestsOnPostgres(PostgresAppFactory app) : PrivacyAndNamesTests<PostgresAppFactory>(app);
