using System.Net;
using Microsoft.AspNetCore;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Caseload.TestSupport;

/// <summary>
/// A real OpenID Connect provider for the single sign-on tests (ADR 0044): an OpenIddict server on Kestrel on a loopback port,
/// with its own users, a sign-in form and a session cookie of its own — like the municipality's Entra ID, small.
/// Authorization code flow with PKCE, identity tokens signed with an ephemeral key, and the end-session endpoint.
/// </summary>
public sealed class OidcTestProvider : IAsyncDisposable
{
    public const string ClientId = "caseload";
    public const string ClientSecret = "caseload-test-secret";
    private const string CookieScheme = "idp";

    private readonly WebApplication _app;
    private readonly SqliteConnection _store;

    /// <summary>user name → (password, e-mail claim). Add before the sign-in.</summary>
    public Dictionary<string, (string Password, string Email)> Users { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The issuer, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Authority { get; private set; } = null!;

    /// <summary>How many times the end-session endpoint ended a provider session.</summary>
    public int EndedSessions { get; private set; }

    /// <summary>The id_token_hint of the last end-session request.</summary>
    public string? LastIdTokenHint { get; private set; }

    private OidcTestProvider(WebApplication app, SqliteConnection store) => (_app, _store) = (app, store);

    /// <summary>Settings for Caseload that point it at this provider.</summary>
    public Dictionary<string, string?> CaseloadSettings(bool allowLocalSignIn = true) => new()
    {
        ["Sso:Authority"] = Authority.ToString(),
        ["Sso:ClientId"] = ClientId,
        ["Sso:ClientSecret"] = ClientSecret,
        ["Sso:UserClaim"] = "email",
        ["Sso:RequireHttpsMetadata"] = "false", // loopback, plain HTTP
        ["Sso:AllowLocalSignIn"] = allowLocalSignIn ? "true" : "false",
    };

    /// <param name="clientBaseUrl">Where Caseload answers (its redirect URIs are registered for this client).</param>
    public static async Task<OidcTestProvider> StartAsync(string clientBaseUrl = "https://localhost")
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Development,
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(OidcTestProvider).Assembly.GetName().Name,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        var store = new SqliteConnection("Data Source=:memory:");
        await store.OpenAsync();
        builder.Services.AddDbContext<ProviderDb>(o => o.UseSqlite(store).UseOpenIddict());
        builder.Services.AddAuthentication(CookieScheme).AddCookie(CookieScheme, o =>
        {
            o.Cookie.Name = "idp.session";
            o.LoginPath = "/login";
        });
        builder.Services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<ProviderDb>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/logout");
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                o.RegisterScopes(Scopes.Email, Scopes.Profile);
                o.AddEphemeralEncryptionKey().AddEphemeralSigningKey().DisableAccessTokenEncryption();
                o.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .DisableTransportSecurityRequirement(); // loopback, plain HTTP
            });
        var app = builder.Build();
        var provider = new OidcTestProvider(app, store);
        app.UseAuthentication();
        app.MapGet("/login", (string? returnUrl) => Results.Content($"""
            <!doctype html><html lang="da"><title>Kommunens login</title>
            <form method="post" action="/login?returnUrl={Uri.EscapeDataString(returnUrl ?? "/")}">
            <input name="username"><input name="password" type="password"><button>Log ind</button></form></html>
            """, "text/html"));
        app.MapPost("/login", async (HttpContext context, string? returnUrl) =>
        {
            var form = await context.Request.ReadFormAsync();
            var name = form["username"].ToString();
            if (!provider.Users.TryGetValue(name, out var user) || user.Password != form["password"].ToString())
                return Results.Content("Forkert brugernavn eller adgangskode", "text/plain", statusCode: 401);
            var identity = new ClaimsIdentity([new Claim(Claims.Subject, name), new Claim(Claims.Email, user.Email)], CookieScheme);
            await context.SignInAsync(CookieScheme, new ClaimsPrincipal(identity));
            return Results.Redirect(returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') ? returnUrl : "/");
        });
        app.MapMethods("/connect/authorize", ["GET", "POST"], async (HttpContext context) =>
        {
            var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request");
            var session = await context.AuthenticateAsync(CookieScheme);
            if (!session.Succeeded)
                return Results.Challenge(new AuthenticationProperties { RedirectUri = context.Request.Path + context.Request.QueryString }, [CookieScheme]);
            var subject = session.Principal!.FindFirst(Claims.Subject)!.Value;
            var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
            identity.SetClaim(Claims.Subject, subject)
                .SetClaim(Claims.Email, session.Principal.FindFirst(Claims.Email)!.Value)
                .SetClaim(Claims.Name, subject);
            identity.SetScopes(request.GetScopes());
            identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
            return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        });
        app.MapMethods("/connect/logout", ["GET", "POST"], async (HttpContext context) =>
        {
            provider.LastIdTokenHint = context.GetOpenIddictServerRequest()?.IdTokenHint;
            if ((await context.AuthenticateAsync(CookieScheme)).Succeeded) provider.EndedSessions++;
            await context.SignOutAsync(CookieScheme);
            // OpenIddict sends the browser back to the client's registered post_logout_redirect_uri.
            return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        });

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ProviderDb>().Database.EnsureCreatedAsync();
            var client = clientBaseUrl.TrimEnd('/');
            await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().CreateAsync(new OpenIddictApplicationDescriptor
            {
                ClientId = ClientId,
                ClientSecret = ClientSecret,
                ClientType = ClientTypes.Confidential,
                RedirectUris = { new Uri(client + "/signin-oidc") },
                PostLogoutRedirectUris = { new Uri(client + "/signout-callback-oidc") },
                Permissions =
                {
                    Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                    Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.Code,
                    Permissions.Scopes.Email, Permissions.Scopes.Profile,
                },
            });
        }
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        provider.Authority = new Uri(address.TrimEnd('/') + "/");
        return provider;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _store.DisposeAsync();
    }

    private sealed class ProviderDb(DbContextOptions<ProviderDb> options) : DbContext(options);
}

/// <summary>
/// A browser for a sign-in that crosses two hosts: Caseload (the test server, https://localhost) and the provider (Kestrel on
/// loopback). Each keeps its own cookies; redirects are followed by hand, so a test sees every stop.
/// </summary>
public sealed class TwoHostBrowser(TestClient caseload, OidcTestProvider provider) : IDisposable
{
    private readonly HttpClient _provider = new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
    {
        BaseAddress = provider.Authority,
    };

    /// <summary>Every address visited by <see cref="FollowAsync"/>, in order.</summary>
    public List<Uri> Visited { get; } = [];

    public TestClient Caseload => caseload;

    /// <summary>Follows redirects from <paramref name="response"/> across both hosts; returns the first answer that is not a redirect.</summary>
    public async Task<HttpResponseMessage> FollowAsync(HttpResponseMessage response)
    {
        for (var hops = 0; response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther
                 or HttpStatusCode.TemporaryRedirect; hops++)
        {
            if (hops > 20) throw new InvalidOperationException("Too many redirects");
            var location = response.Headers.Location!;
            var absolute = location.IsAbsoluteUri ? location : new Uri(response.RequestMessage!.RequestUri!, location);
            response.Dispose();
            response = await GetAsync(absolute);
        }
        return response;
    }

    public async Task<HttpResponseMessage> GetAsync(Uri absolute)
    {
        Visited.Add(absolute);
        return absolute.Authority == provider.Authority.Authority
            ? await _provider.GetAsync(absolute)
            : await caseload.Http.GetAsync(new Uri(absolute.PathAndQuery, UriKind.Relative));
    }

    /// <summary>Goes to Caseload's <paramref name="path"/> and follows every redirect.</summary>
    public async Task<HttpResponseMessage> OpenAsync(string path) => await FollowAsync(await caseload.GetAsync(path));

    /// <summary>Fills in the provider's sign-in form (the page <paramref name="loginPage"/> answered) and follows the redirects.</summary>
    public async Task<HttpResponseMessage> SignInAtProviderAsync(HttpResponseMessage loginPage, string user, string password)
    {
        var page = await TestClient.ParseAsync(loginPage);
        var action = new Uri(loginPage.RequestMessage!.RequestUri!, page.Forms[0].GetAttribute("action")!);
        using var content = new FormUrlEncodedContent([new("username", user), new("password", password)]);
        Visited.Add(action);
        return await FollowAsync(await _provider.PostAsync(action, content));
    }

    public void Dispose() => _provider.Dispose();
}
