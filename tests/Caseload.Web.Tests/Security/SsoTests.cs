using System.Net;
using Caseload.Infrastructure.Identity;
using Caseload.TestSupport;
using Caseload.Web.Features.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Web.Tests.Security;

/// <summary>A real OpenID Connect provider (OpenIddict on Kestrel) and Caseload configured for it.</summary>
public sealed class SsoFixture : IAsyncLifetime
{
    public OidcTestProvider Provider { get; private set; } = null!;
    public SqliteAppFactory App { get; } = new();

    public async Task InitializeAsync()
    {
        Provider = await OidcTestProvider.StartAsync();
        foreach (var (key, value) in Provider.CaseloadSettings()) App.Settings[key] = value;
        await App.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Provider.DisposeAsync();
    }
}

/// <summary>Single sign-on for staff (issue #32 item 1, ADR 0044), end to end through the authorization-code flow: the
/// provider says who the user is, Caseload matches an existing user by the e-mail claim and opens its own server-side session.</summary>
public sealed class SsoTests(SsoFixture sso) : IClassFixture<SsoFixture>
{
    private const string ProviderPassword = "provider-pw";
    private OidcTestProvider Provider => sso.Provider;
    private SqliteAppFactory App => sso.App;

    private string ProviderUser(string email)
    {
        var name = email.Split('@')[0];
        Provider.Users[name] = (ProviderPassword, email);
        return name;
    }

    private Task<int> SessionsOfAsync(string email) => App.QueryAsync(db =>
        db.UserSessions.CountAsync(s => s.UserId == db.Users.Where(u => u.Email == email).Select(u => u.Id).Single()));

    /// <summary>From Caseload's "log ind med kommunens login" through the provider's form and back.</summary>
    private static async Task<HttpResponseMessage> SignInThroughProviderAsync(TwoHostBrowser browser, string providerUser, string returnUrl = "/")
    {
        var loginPage = await browser.OpenAsync("/konto/sso?returnUrl=" + Uri.EscapeDataString(returnUrl));
        loginPage.StatusCode.ShouldBe(HttpStatusCode.OK);
        loginPage.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/login"); // the provider's own sign-in form
        return await browser.SignInAtProviderAsync(loginPage, providerUser, ProviderPassword);
    }

    [Fact]
    public async Task AStaffMemberSignsInAtTheProviderAndGetsACaseloadSessionAsTheMatchingUser()
    {
        const string email = "medarbejder1.cti@caseload.local";
        var providerUser = ProviderUser(email);
        using var client = TestClient.For(App);
        using var browser = new TwoHostBrowser(client, Provider);

        var signInPage = await client.GetPageAsync("/konto/log-ind");
        signInPage.QuerySelector("#sso-sign-in")!.TextContent.ShouldBe("Log ind med kommunens login");
        signInPage.QuerySelector("input[type=password]").ShouldNotBeNull(); // local accounts are still on here

        using var home = await SignInThroughProviderAsync(browser, providerUser, "/min-konto");
        home.StatusCode.ShouldBe(HttpStatusCode.OK);
        home.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/min-konto");
        browser.Visited.ShouldContain(u => u.AbsolutePath == "/connect/authorize" && u.Query.Contains("code_challenge=", StringComparison.Ordinal));
        browser.Visited.ShouldContain(u => u.AbsolutePath == "/signin-oidc" && u.Query.Contains("code=", StringComparison.Ordinal));
        (await TestClient.ParseAsync(home)).Body!.TextContent.ShouldContain("Jonas Berg");
        // ADR 0012 unchanged: one session row on the server, the cookie only carries its key.
        (await SessionsOfAsync(email)).ShouldBe(1);
        (await client.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
        // No account was created and the user's roles are Caseload's.
        (await App.QueryAsync(db => db.Users.CountAsync(u => u.Email == email))).ShouldBe(1);
        (await App.QueryAsync(db => db.UserLogins.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task SigningOutEndsTheCaseloadSessionAndTheSessionAtTheProvider()
    {
        const string email = "medarbejder2.cti@caseload.local";
        var providerUser = ProviderUser(email);
        using var client = TestClient.For(App);
        using var browser = new TwoHostBrowser(client, Provider);
        (await SignInThroughProviderAsync(browser, providerUser)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await SessionsOfAsync(email)).ShouldBe(1);
        var endedBefore = Provider.EndedSessions;
        browser.Visited.Clear();

        using var signedOut = await browser.FollowAsync(await client.PostFormAsync("/", [], "/konto/log-ud"));

        signedOut.StatusCode.ShouldBe(HttpStatusCode.OK);
        signedOut.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/konto/log-ind");
        browser.Visited.Select(u => u.AbsolutePath).ShouldBe(["/connect/logout", "/signout-callback-oidc", "/konto/log-ind"]);
        Provider.EndedSessions.ShouldBe(endedBefore + 1);
        Provider.LastIdTokenHint.ShouldNotBeNullOrEmpty(); // the identity token kept in the server-side session
        (await SessionsOfAsync(email)).ShouldBe(0);
        using (var again = await client.GetAsync("/")) again.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        // The provider forgot the user too: a new sign-in asks for the password again instead of coming straight back.
        using var next = await browser.OpenAsync("/konto/sso");
        next.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/login");
    }

    [Fact]
    public async Task AUserTheProviderKnowsButCaseloadDoesNotIsRefusedInDanish()
    {
        Provider.Users["udefra"] = (ProviderPassword, "udefra@kommune.dk");
        using var client = TestClient.For(App);
        using var browser = new TwoHostBrowser(client, Provider);

        using var refused = await SignInThroughProviderAsync(browser, "udefra");

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await TestClient.ParseAsync(refused)).QuerySelector("main")!.TextContent.ShouldContain(SsoController.UnknownUser);
        (await App.QueryAsync(db => db.Users.CountAsync(u => u.Email == "udefra@kommune.dk"))).ShouldBe(0); // no account made
        using var home = await client.GetAsync("/");
        home.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        home.Headers.Location!.AbsolutePath.ShouldBe("/konto/log-ind");
    }

    [Fact]
    public async Task ADeactivatedUserIsRefused()
    {
        const string email = "medarbejder4.act@caseload.local";
        var providerUser = ProviderUser(email);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            user.IsActive = false;
            (await users.UpdateAsync(user)).Succeeded.ShouldBeTrue();
        }
        using var client = TestClient.For(App);
        using var browser = new TwoHostBrowser(client, Provider);

        using var refused = await SignInThroughProviderAsync(browser, providerUser);

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await TestClient.ParseAsync(refused)).QuerySelector("main")!.TextContent.ShouldContain(SsoController.DeactivatedUser);
        (await SessionsOfAsync(email)).ShouldBe(0);
        (await client.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task WithLocalSignInOffThereIsNoPasswordFormAndAPostedPasswordIsNeverChecked()
    {
        await using var app = new SqliteAppFactory();
        foreach (var (key, value) in Provider.CaseloadSettings(allowLocalSignIn: false)) app.Settings[key] = value;
        using var client = TestClient.For(app);

        var page = await client.GetPageAsync("/konto/log-ind");
        page.QuerySelector("#sso-sign-in").ShouldNotBeNull();
        page.QuerySelector("input[type=password]").ShouldBeNull();
        page.QuerySelector("a[href*='glemt-adgangskode']").ShouldBeNull();

        using var content = new FormUrlEncodedContent([new("Email", "admin@caseload.local"), new("Password", Infrastructure.Seeding.DemoDataSeeder.DemoPassword)]);
        using var posted = await client.Http.PostAsync(new Uri("/konto/log-ind", UriKind.Relative), content);
        posted.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (posted.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : []).ShouldNotContain(c => c.StartsWith("caseload.auth=", StringComparison.Ordinal));
        (await client.GetAsync("/konto/glemt-adgangskode")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/konto/nulstil-adgangskode")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The provider is the way in.
        Provider.Users["admin"] = (ProviderPassword, "admin@caseload.local");
        using var browser = new TwoHostBrowser(client, Provider);
        using var home = await SignInThroughProviderAsync(browser, "admin");
        home.StatusCode.ShouldBe(HttpStatusCode.OK);
        home.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/");
    }
}
