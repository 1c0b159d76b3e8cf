using Caseload.Application.Auditing;
using Caseload.Domain.Auditing;
using Caseload.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Caseload.Web.Features.Account;

/// <summary>Single sign-on at the municipality's OpenID Connect provider (ADR 0044). The provider says who the user is;
/// Caseload decides whether that is one of its users, and roles and teams stay Caseload's. Sign-in never creates an account.</summary>
[Route("konto")]
public sealed class SsoController(
    SignInManager<ApplicationUser> signInManager,
    UserManager<ApplicationUser> userManager,
    IOptions<SsoOptions> options,
    IAuditLog audit) : Controller
{
    public const string UnknownUser =
        "Du er logget ind hos kommunen, men du har ingen bruger i Caseload. Kontakt en administrator, hvis du skal have adgang.";
    public const string DeactivatedUser = "Din bruger i Caseload er deaktiveret. Kontakt en administrator, hvis du skal have adgang igen.";
    public const string ProviderFailed = "Log ind hos kommunen blev ikke gennemført. Prøv igen.";

    /// <summary>Sends the user to the provider; it comes back to <see cref="Callback"/>.</summary>
    [AllowAnonymous, HttpGet("sso")]
    public IActionResult Start(string? returnUrl)
    {
        if (!options.Value.Enabled) return NotFound();
        var properties = signInManager.ConfigureExternalAuthenticationProperties(SsoOptions.Scheme,
            Url.Action(nameof(Callback), new { returnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : null }));
        return Challenge(properties, SsoOptions.Scheme);
    }

    [AllowAnonymous, HttpGet("sso-retur")]
    public async Task<IActionResult> Callback(string? returnUrl)
    {
        if (!options.Value.Enabled) return NotFound();
        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme); // only needed until the match below
        if (!external.Succeeded || external.Principal is null) return Refused(ProviderFailed);

        var sso = options.Value;
        var name = external.Principal.FindFirst(sso.UserClaim)?.Value?.Trim();
        var user = string.IsNullOrEmpty(name) ? null
            : sso.MatchBy == SsoMatch.Login ? await userManager.FindByLoginAsync(SsoOptions.Scheme, name)
            : await userManager.FindByEmailAsync(name);
        if (user is null)
        {
            // The provider's name for the user is not written to the log: it may belong to someone outside Caseload.
            await audit.RecordAsync(AuditAction.SignInFailed, AuditNames.User, null, details: "Kommunens login: ukendt bruger");
            return Refused(UnknownUser);
        }
        if (!await signInManager.CanSignInAsync(user) || await userManager.IsLockedOutAsync(user))
        {
            await audit.RecordAsync(AuditAction.SignInFailed, AuditNames.User, user.Id, details: "Kommunens login: kontoen er deaktiveret eller spærret");
            return Refused(DeactivatedUser);
        }

        // The same server-side session as a password sign-in (ADR 0012); the identity token is kept in it, on the server,
        // for the sign-out at the provider.
        var properties = new AuthenticationProperties { IsPersistent = false };
        if (external.Properties?.GetTokenValue("id_token") is { } idToken)
            properties.StoreTokens([new AuthenticationToken { Name = "id_token", Value = idToken }]);
        await signInManager.SignInAsync(user, properties, SsoOptions.Scheme);
        await audit.RecordAsync(AuditAction.SignedIn, AuditNames.User, user.Id, details: "{\"sso\":true}");
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }

    private ViewResult Refused(string message)
    {
        ModelState.AddModelError("", message);
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View("Login", new LoginInput());
    }
}
