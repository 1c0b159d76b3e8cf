using System.Security.Claims;
using Caseload.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Caseload.Web.Features.Account;

/// <summary>How a user's provider identity is matched to a Caseload user (ADR 0044).</summary>
public enum SsoMatch
{
    /// <summary>The claim's value is the user's e-mail address in Caseload.</summary>
    Email,
    /// <summary>The claim's value (e.g. Entra ID's object id "oid") is a login linked to the user (AspNetUserLogins, provider "Sso").</summary>
    Login,
}

/// <summary>The "Sso" configuration section: single sign-on for staff with OpenID Connect (ADR 0044). Off while Authority is empty.</summary>
public sealed class SsoOptions
{
    public const string Section = "Sso";
    /// <summary>The authentication scheme's name; also the login provider name for <see cref="SsoMatch.Login"/>.</summary>
    public const string Scheme = "Sso";

    /// <summary>The provider's issuer, e.g. https://login.microsoftonline.com/{tenant-id}/v2.0.</summary>
    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    /// <summary>The claim in the identity token that names the user: "email", "preferred_username", "upn" or "oid".</summary>
    public string UserClaim { get; set; } = "email";
    public SsoMatch MatchBy { get; set; } = SsoMatch.Email;
    public string[] Scopes { get; set; } = ["openid", "profile", "email"];
    /// <summary>The sign-in page's button.</summary>
    public string ButtonText { get; set; } = "Log ind med kommunens login";
    /// <summary>False: no password sign-in, no "glemt adgangskode" — staff sign in at the provider only.</summary>
    public bool AllowLocalSignIn { get; set; } = true;
    /// <summary>Only a test provider on loopback may be reached over plain HTTP.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);
}

internal static class SingleSignOn
{
    /// <summary>Carries the identity token from the sign-out action to the provider's end-session request (id_token_hint).</summary>
    public const string IdTokenItem = ".caseload.id_token";
    public const string CallbackPath = "/signin-oidc";
    public const string SignedOutCallbackPath = "/signout-callback-oidc";

    /// <summary>The scheme is added only when Sso:Authority is set — decided from the built container's options, so every
    /// configuration source counts (an OpenID Connect scheme without a client id would fail every request).</summary>
    public static IServiceCollection AddCaseloadSso(this IServiceCollection services, IConfiguration configuration,
        Func<SecurityOptions, CookieSecurePolicy> cookieSecurity)
    {
        services.AddOptions<SsoOptions>().Bind(configuration.GetSection(SsoOptions.Section))
            .Validate(o => o.AllowLocalSignIn || o.Enabled, "Sso:AllowLocalSignIn=false needs Sso:Authority: nobody could sign in.")
            .Validate(o => !o.Enabled || !string.IsNullOrWhiteSpace(o.ClientId), "Sso:ClientId is required when Sso:Authority is set.")
            .ValidateOnStart();
        services.AddOptions<AuthenticationOptions>().Configure<IOptions<SsoOptions>>((o, sso) =>
        {
            if (sso.Value.Enabled) o.AddScheme<OpenIdConnectHandler>(SsoOptions.Scheme, sso.Value.ButtonText);
        });
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<OpenIdConnectOptions>, OpenIdConnectPostConfigureOptions>());
        services.AddOptions<OpenIdConnectOptions>(SsoOptions.Scheme).Configure<IOptions<SsoOptions>, IOptions<SecurityOptions>>((o, ssoOptions, security) =>
        {
            var sso = ssoOptions.Value;
            o.Authority = sso.Authority;
            o.ClientId = sso.ClientId;
            o.ClientSecret = sso.ClientSecret;
            o.RequireHttpsMetadata = sso.RequireHttpsMetadata;
            o.ResponseType = "code"; // authorization code with PKCE
            o.ResponseMode = "query"; // a top-level GET back: the correlation cookies can stay SameSite=Lax
            o.UsePkce = true;
            o.Scope.Clear();
            foreach (var scope in sso.Scopes) o.Scope.Add(scope);
            o.MapInboundClaims = false; // claims keep the provider's names ("email", "oid")
            o.GetClaimsFromUserInfoEndpoint = false;
            o.SaveTokens = true; // the identity token goes into the server-side session, for the sign-out at the provider
            o.SignInScheme = IdentityConstants.ExternalScheme; // a short-lived cookie until SsoController has matched the user
            o.CallbackPath = CallbackPath;
            o.SignedOutCallbackPath = SignedOutCallbackPath;
            o.SignedOutRedirectUri = "/konto/log-ind";
            o.CorrelationCookie.SameSite = SameSiteMode.Lax;
            o.CorrelationCookie.SecurePolicy = cookieSecurity(security.Value);
            o.NonceCookie.SameSite = SameSiteMode.Lax;
            o.NonceCookie.SecurePolicy = cookieSecurity(security.Value);
            o.Events.OnRedirectToIdentityProviderForSignOut = context =>
            {
                if (context.Properties.Items.Remove(IdTokenItem, out var idToken) && idToken is not null)
                    context.ProtocolMessage.IdTokenHint = idToken;
                return Task.CompletedTask;
            };
            o.Events.OnRemoteFailure = context =>
            {
                // Cancelled at the provider, a stale correlation cookie, an error answer: back to the sign-in page, in Danish.
                context.Response.Redirect("/konto/log-ind?sso=fejl");
                context.HandleResponse();
                return Task.CompletedTask;
            };
        });
        // The stamp check every minute builds a new principal; keep how the user signed in (the two-factor rule reads it).
        services.Configure<SecurityStampValidatorOptions>(o => o.OnRefreshingPrincipal = context =>
        {
            if (context.CurrentPrincipal?.FindFirst(ClaimTypes.AuthenticationMethod) is { } method
                && context.NewPrincipal?.Identity is ClaimsIdentity identity && !identity.HasClaim(c => c.Type == ClaimTypes.AuthenticationMethod))
                identity.AddClaim(new Claim(ClaimTypes.AuthenticationMethod, method.Value));
            return Task.CompletedTask;
        });
        return services;
    }

    /// <summary>The session came from the provider (which then also enforces multi-factor authentication).</summary>
    public static bool SignedInWithSso(this ClaimsPrincipal user)
        => user.FindFirst(ClaimTypes.AuthenticationMethod)?.Value == SsoOptions.Scheme;
}

/// <summary>On an action of the password sign-in (form, two-factor step, "glemt adgangskode"): 404 while Sso:AllowLocalSignIn
/// is false — the form is not only hidden, a posted password is never checked. An authorization filter, so it answers
/// before the antiforgery check and model binding.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
internal sealed class LocalSignInOnlyAttribute : Attribute, Microsoft.AspNetCore.Mvc.Filters.IAuthorizationFilter, Microsoft.AspNetCore.Mvc.Filters.IOrderedFilter
{
    public int Order => int.MinValue;

    public void OnAuthorization(Microsoft.AspNetCore.Mvc.Filters.AuthorizationFilterContext context)
    {
        if (!context.HttpContext.RequestServices.GetRequiredService<IOptions<SsoOptions>>().Value.AllowLocalSignIn)
            context.Result = new Microsoft.AspNetCore.Mvc.NotFoundResult();
    }
}
