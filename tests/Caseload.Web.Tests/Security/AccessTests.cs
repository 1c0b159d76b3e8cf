using Microsoft.Extensions.Time.Testing;
using System.Net;
using Caseload.Domain.Auditing;
using Caseload.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Web.Tests.Security;

/// <summary>Role gating, team scoping, audit of reads and changes, headers and cookies.</summary>
public abstract class AccessTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseloadAppFactory, new()
{
    [Theory]
    [InlineData("admin@caseload.local", HttpStatusCode.OK)]
    [InlineData("medarbejder1.act@caseload.local", HttpStatusCode.Redirect)]
    [InlineData("teamleder.act@caseload.local", HttpStatusCode.Redirect)]
    [InlineData("leder@caseload.local", HttpStatusCode.Redirect)]
    public async Task OnlyAdministratorsReachTheAdminArea(string email, HttpStatusCode expected)
    {
        using var client = TestClient.For(app);
        await client.SignInAsync(email);
        foreach (var url in new[] { "/admin/brugere", "/admin/logning", "/admin/brugere/ny" })
        {
            using var response = await client.GetAsync(url);
            response.StatusCode.ShouldBe(expected, url);
            if (expected == HttpStatusCode.Redirect) response.Headers.Location!.AbsolutePath.ShouldBe("/konto/ingen-adgang");
        }
    }

    [Fact]
    public async Task AnonymousUsersAreSentToLogin()
    {
        using var client = TestClient.For(app);
        using var response = await client.GetAsync("/admin/brugere");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/konto/log-ind");
    }

    [Fact]
    public async Task AWorkerSeesOwnTeamsCitizensAndGets404ForAnotherTeams()
    {
        var own = await app.CitizenIdAsync("Bent Kristensen");   // ACT
        var other = await app.CitizenIdAsync("Ahmed Hassan");    // CTI
        using var client = TestClient.For(app);
        await client.SignInAsync("medarbejder1.act@caseload.local");

        using (var ok = await client.GetAsync($"/borgere/{own}")) ok.StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var outside = await client.GetAsync($"/borgere/{other}")) outside.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using (var missing = await client.GetAsync($"/borgere/{Guid.NewGuid()}")) missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using (var reveal = await client.PostFormAsync($"/borgere/{own}", [], $"/borgere/{own}/vis-cpr"))
            reveal.StatusCode.ShouldBe(HttpStatusCode.OK);

        var list = await client.GetPageAsync("/borgere");
        var names = list.QuerySelectorAll("tbody td:first-child").Select(td => td.TextContent.Trim()).ToList();
        names.ShouldContain("Bent Kristensen");
        names.ShouldNotContain("Ahmed Hassan");
        names.ShouldNotContain("Poul Eriksen");
    }

    [Fact]
    public async Task AnAdministratorWithoutTeamsSeesNoCitizenRecords()
    {
        var citizen = await app.CitizenIdAsync("Bent Kristensen");
        using var client = TestClient.For(app);
        await client.SignInAsync("admin@caseload.local");
        using var response = await client.GetAsync($"/borgere/{citizen}");
        response.StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ViewingACitizenAndRevealingTheCprAreAuditedWithUserCitizenAndIp()
    {
        var id = await app.CitizenIdAsync("Lise Mortensen");
        using var client = TestClient.For(app);
        await client.SignInAsync("medarbejder2.act@caseload.local");

        var page = await client.GetPageAsync($"/borgere/{id}");
        page.QuerySelector("#cpr")!.TextContent.ShouldBe("030881-xxxx");
        using var revealed = await client.PostFormAsync($"/borgere/{id}", [], $"/borgere/{id}/vis-cpr");
        (await TestClient.ParseAsync(revealed)).QuerySelector("#cpr")!.TextContent.ShouldBe("030881-2046");

        var rows = await app.QueryAsync(db => db.AuditEntries.Where(a => a.CitizenId == id && a.UserName == "medarbejder2.act@caseload.local").ToListAsync());
        rows.ShouldContain(a => a.Action == AuditAction.Viewed); // (the client IP is checked in the browser tests: TestServer has none)
        rows.ShouldContain(a => a.Action == AuditAction.RevealedCpr);
    }

    [Fact]
    public async Task AReadIsAuditedEvenWhenThePageFailsAfterwards()
    {
        var id = await app.CitizenIdAsync("Kim Dahl");
        using var client = TestClient.For(app);
        await client.SignInAsync("medarbejder1.act@caseload.local");
        using var response = await client.GetAsync($"/test-only/audit-og-kast/{id}");
        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        (await app.QueryAsync(db => db.AuditEntries.CountAsync(a => a.CitizenId == id && a.Action == AuditAction.Viewed))).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task ChangesAreAuditedWithOldAndNewValuesButNeverSecrets()
    {
        using var client = TestClient.For(app);
        await client.SignInAsync("admin@caseload.local");
        var userId = await app.QueryAsync(db => db.Users.Where(u => u.Email == "medarbejder2.cti@caseload.local").Select(u => u.Id).SingleAsync());
        using var changed = await client.PostFormAsync($"/admin/brugere/{userId}", [new("FullName", "Nadia K. Karimi"),
            new("Email", "medarbejder2.cti@caseload.local"), new("Roles", "Medarbejder")], $"/admin/brugere/{userId}");
        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var password = await client.PostFormAsync($"/admin/brugere/{userId}", [new("newPassword", "Helt-ny-kode-2026")], $"/admin/brugere/{userId}/adgangskode");
        password.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var rows = await app.QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == "User" && a.EntityKey == userId && a.Action == AuditAction.Updated).ToListAsync());
        rows.ShouldContain(a => a.Changes!.Contains("\"FullName\":[\"Nadia Karimi\",\"Nadia K. Karimi\"]"));
        rows.ShouldAllBe(a => !a.Changes!.Contains("PasswordHash") && !a.Changes.Contains("SecurityStamp") && !a.Changes.Contains("AQAAAA"));
        rows.ShouldAllBe(a => a.UserName == "admin@caseload.local");
    }

    [Fact]
    public async Task AuditRowsCannotBeChangedOrDeleted()
    {
        await using var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateAsyncScope(app.Services);
        var db = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Infrastructure.Persistence.CaseloadDbContext>(scope.ServiceProvider);
        var row = await db.AuditEntries.FirstAsync();
        db.AuditEntries.Remove(row);
        await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        var again = await db.AuditEntries.FirstAsync();
        db.Entry(again).Property(a => a.UserName).CurrentValue = "someone else";
        await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task AdministratorSearchesTheAuditLogByUserCitizenAndPeriod()
    {
        var id = await app.CitizenIdAsync("Jytte Poulsen");
        using (var worker = TestClient.For(app))
        {
            await worker.SignInAsync("teamleder.act@caseload.local");
            (await worker.GetAsync($"/borgere/{id}")).Dispose();
        }
        using var admin = TestClient.For(app);
        await admin.SignInAsync("admin@caseload.local");
        // The search's dates are Danish dates: between 23:00 and 01:00 UTC the Danish date is already tomorrow's.
        var today = Application.Common.Time.DanishTime.DateOf(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var page = await admin.GetPageAsync($"/admin/logning?User=teamleder.act&Citizen=250158-0468&From={today}&To={today}");
        var rows = page.QuerySelectorAll("tbody tr").ToList();
        rows.ShouldNotBeEmpty();
        rows.ShouldAllBe(r => r.TextContent.Contains("Jytte Poulsen") && r.TextContent.Contains("teamleder.act@caseload.local"));

        var nothing = await admin.GetPageAsync($"/admin/logning?Citizen=Jytte&From=2020-01-01&To=2020-01-31");
        nothing.QuerySelectorAll("tbody tr").Length.ShouldBe(0);
    }

    [Fact]
    public async Task AnUnsafeRequestWithoutAntiforgeryTokenIsRefusedWith400()
    {
        using var client = TestClient.For(app);
        using var content = new FormUrlEncodedContent([new("Email", "admin@caseload.local"), new("Password", "x")]);
        using var response = await client.Http.PostAsync(new Uri("/konto/log-ind", UriKind.Relative), content);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        // A Danish page that says what to do, not a blank one (issue #8, item 10).
        (await TestClient.ParseAsync(response)).QuerySelector("h1")!.TextContent.ShouldBe("Siden er udløbet — gå tilbage og gem igen");
    }

    [Theory]
    [InlineData("/fejl/0")]
    [InlineData("/fejl/200")]
    [InlineData("/fejl/999")]
    public async Task TheErrorPageAnswersOnlyRealErrorCodes(string url)
    {
        using var client = TestClient.For(app);
        await client.SignInAsync("medarbejder1.act@caseload.local"); // (anonymous: any unknown address leads to sign-in)
        using var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ASessionEndsAfterTheIdleTimeoutButActivityKeepsItAlive()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var own = new TApp { ConfigureTestServices = s => s.AddSingleton<TimeProvider>(clock) };
        own.Settings["Security:IdleTimeoutMinutes"] = "10";
        using var client = TestClient.For(own);
        await client.SignInAsync("medarbejder1.act@caseload.local");

        for (var i = 0; i < 3; i++) // active every 6 minutes for 18 minutes: still signed in (sliding)
        {
            clock.Advance(TimeSpan.FromMinutes(6));
            using var active = await client.GetAsync("/borgere");
            active.StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        clock.Advance(TimeSpan.FromMinutes(11)); // then idle longer than the timeout
        using var idle = await client.GetAsync("/borgere");
        idle.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        idle.Headers.Location!.AbsolutePath.ShouldBe("/konto/log-ind");
    }

    [Fact]
    public async Task SecurityHeadersAndCookieFlagsAreSet()
    {
        using var client = TestClient.For(app);
        using var page = await client.GetAsync("/konto/log-ind");
        var csp = page.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("script-src 'self'");
        csp.ShouldNotContain("unsafe-inline");
        csp.ShouldContain("frame-ancestors 'none'");
        page.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        page.Headers.GetValues("Referrer-Policy").Single().ShouldBe("same-origin");
        page.Headers.GetValues("Strict-Transport-Security").Single().ShouldStartWith("max-age=");

        using var login = await client.LoginAsync("medarbejder1.act@caseload.local");
        var auth = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("caseload.auth=", StringComparison.Ordinal)).ToLowerInvariant();
        auth.ShouldContain("httponly");
        auth.ShouldContain("secure");
        auth.ShouldContain("samesite=lax");
    }
}

public sealed class AccessTestsOnSqlite(SqliteAppFactory app) : AccessTests<SqliteAppFactory>(app);
public sealed class AccessTestsOnPostgres(PostgresAppFactory app) : AccessTests<PostgresAppFactory>(app);
