using System.Net;
using Caseload.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Caseload.Web.Tests.Security;

/// <summary>Sessions live on the server: sign-out, deactivation, a password set by an administrator, a 2FA reset
/// and a role change end them at once — a copied cookie stops working immediately (issue #8, item 3).</summary>
public abstract class SessionTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseloadAppFactory, new()
{
    /// <summary>Signs in and returns the auth cookie as an attacker would copy it.</summary>
    private static async Task<string> CopiedCookieAsync(TestClient client, string email)
    {
        using var login = await client.LoginAsync(email);
        login.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("caseload.auth=", StringComparison.Ordinal)).Split(';')[0];
    }

    private async Task<HttpStatusCode> WithCookieAsync(string cookie, CaseloadAppFactory? on = null)
    {
        using var http = (on ?? app).CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost") });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    private Task<string> UserIdAsync(string email) => app.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    [Fact]
    public async Task SigningOutEndsTheSessionAndACopiedCookieNoLongerWorks()
    {
        using var client = TestClient.For(app);
        var cookie = await CopiedCookieAsync(client, "medarbejder2.act@caseload.local");
        (await WithCookieAsync(cookie)).ShouldBe(HttpStatusCode.OK);
        using (var logout = await client.PostFormAsync("/", [], "/konto/log-ud")) logout.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await WithCookieAsync(cookie)).ShouldBe(HttpStatusCode.Redirect); // to the sign-in page
    }

    [Fact]
    public async Task AnotherSessionOfTheSameUserSurvivesASignOut()
    {
        using var laptop = TestClient.For(app);
        using var tablet = TestClient.For(app);
        var laptopCookie = await CopiedCookieAsync(laptop, "medarbejder3.act@caseload.local");
        var tabletCookie = await CopiedCookieAsync(tablet, "medarbejder3.act@caseload.local");
        using (await laptop.PostFormAsync("/", [], "/konto/log-ud")) { }
        (await WithCookieAsync(laptopCookie)).ShouldBe(HttpStatusCode.Redirect);
        (await WithCookieAsync(tabletCookie)).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task OpeningMinKontoDoesNotSignTheUserOutAnywhere()
    {
        // The security stamp is checked a minute after sign-in. Showing the authenticator key for the first time used to
        // change the stamp (UserManager.ResetAuthenticatorKeyAsync), so a minute later every session of the user ended.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 11, 8, 0, 0, TimeSpan.Zero)); // 09:00 Danish time
        await using var timed = new TApp { Clock = clock };
        const string email = "teamleder.cti@caseload.local"; // has never set up an authenticator app
        using var tabletClient = TestClient.For(timed);
        var tablet = await CopiedCookieAsync(tabletClient, email);
        using var laptop = TestClient.For(timed);
        await laptop.SignInAsync(email);
        Task<string?> StampAsync() => timed.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.SecurityStamp).SingleAsync());
        var stamp = await StampAsync();

        var key = (await laptop.GetPageAsync("/min-konto")).QuerySelector("#authenticator-key")!.TextContent;
        key.ShouldNotBeNullOrWhiteSpace();
        clock.Advance(TimeSpan.FromMinutes(2)); // past the stamp check

        (await laptop.GetAsync("/tavle")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await WithCookieAsync(tablet, timed)).ShouldBe(HttpStatusCode.OK);
        (await StampAsync()).ShouldBe(stamp);
        // The key was kept: opening the page again shows the one the app may already have scanned.
        (await laptop.GetPageAsync("/min-konto")).QuerySelector("#authenticator-key")!.TextContent.ShouldBe(key);
    }

    [Theory]
    [InlineData("deaktiver", "teamleder.cti@caseload.local")] // no citizens of his own: a worker with citizens is not deactivated
    [InlineData("adgangskode", "medarbejder2.cti@caseload.local")]
    [InlineData("to-faktor-nulstil", "medarbejder1.fs@caseload.local")]
    [InlineData("roller", "medarbejder2.fs@caseload.local")]
    public async Task AnAdministratorsChangeEndsTheUsersSessionsAtOnce(string action, string email)
    {
        using var user = TestClient.For(app);
        var cookie = await CopiedCookieAsync(user, email);
        (await WithCookieAsync(cookie)).ShouldBe(HttpStatusCode.OK);

        using var admin = TestClient.For(app);
        await admin.SignInAsync("admin@caseload.local");
        var id = await UserIdAsync(email);
        if (action == "roller")
        {
            var form = await admin.GetPageAsync($"/admin/brugere/{id}");
            var teamFields = form.QuerySelectorAll("input[name^='Teams['], select[name^='Teams[']")
                .Select(e => new KeyValuePair<string, string>(e.GetAttribute("name")!,
                    e is AngleSharp.Html.Dom.IHtmlSelectElement s ? s.Value ?? "" : e.GetAttribute("value") ?? ""));
            using var saved = await admin.PostFormAsync($"/admin/brugere/{id}", [new("FullName", "Ændret Rolle"), new("Email", email),
                new("Roles", "Medarbejder"), new("Roles", "Leder"), .. teamFields], $"/admin/brugere/{id}");
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }
        else
        {
            using var done = await admin.PostWithTokenAsync($"/admin/brugere/{id}/{action}", [new("NewPassword", "Helt-ny-kode-2026-x")]);
            done.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }
        (await WithCookieAsync(cookie)).ShouldBe(HttpStatusCode.Redirect);
    }
}

public sealed class SessionTestsOnSqlite(SqliteAppFactory app) : SessionTests<SqliteAppFactory>(app);
public sealed class SessionTestsOnPostgres(PostgresAppFactory app) : SessionTests<PostgresAppFactory>(app);
