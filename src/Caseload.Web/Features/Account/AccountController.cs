using Caseload.Application.Auditing;
using Caseload.Application.Common;
using Caseload.Domain.Auditing;
using Caseload.Infrastructure.Identity;
using Caseload.Web.Hosting;
using Caseload.Web.Features.Account;
using FluentValidation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Account;

/// <summary>Sign-in, two-factor sign-in, sign-out and password reset. No self-registration.</summary>
[Route("konto")]
public sealed class AccountController(
    SignInManager<ApplicationUser> signInManager,
    UserManager<ApplicationUser> userManager,
    PasswordResetMailer resetMailer,
    IAuditLog audit,
    IValidator<LoginInput> loginValidator,
    IValidator<ResetPasswordInput> resetValidator,
    IValidator<ForgotPasswordInput> forgotValidator,
    Infrastructure.Identity.Sessions.UserSessions sessions,
    Microsoft.Extensions.Options.IOptions<SsoOptions> sso) : Controller
{
    /// <summary>One message for every failed sign-in: unknown e-mail, wrong password, locked or deactivated account.</summary>
    public const string LoginFailed =
        "Log ind mislykkedes. Tjek e-mail og adgangskode. Efter 5 forkerte forsøg spærres kontoen i 15 minutter; " +
        "kontakt en administrator, hvis du ikke kan komme ind.";

    public const string InvalidResetLink = "Linket er ugyldigt eller udløbet. Bed om et nyt under \"Glemt adgangskode\".";

    private static readonly ApplicationUser DummyUser = new() { UserName = "dummy" };
    private static readonly string DummyHash = new PasswordHasher<ApplicationUser>().HashPassword(DummyUser, Guid.NewGuid().ToString());

    [AllowAnonymous, HttpGet("log-ind")]
    public IActionResult Login(string? returnUrl) => View(new LoginInput { ReturnUrl = returnUrl });

    [AllowAnonymous, HttpPost("log-ind"), LocalSignInOnly]
    public async Task<IActionResult> Login(LoginInput input)
    {
        if (!await loginValidator.ValidateIntoAsync(input, ModelState)) return View(input);

        var user = await userManager.FindByEmailAsync(input.Email!.Trim());
        if (user is null || !user.IsActive)
        {
            // Same answer and comparable time as a wrong password: hash the password anyway, so neither the
            // message nor the timing tells whether the account exists or is deactivated.
            userManager.PasswordHasher.VerifyHashedPassword(user ?? DummyUser, user?.PasswordHash ?? DummyHash, input.Password!);
            // Audited on every path (the same write, too): a burst of failures shows in the log, unknown addresses
            // included — but never the typed address, which may be a password typed into the wrong box.
            await audit.RecordAsync(AuditAction.SignInFailed, AuditNames.User, user?.Id,
                details: user is null ? "Ukendt e-mailadresse" : "Kontoen er deaktiveret");
            ModelState.AddModelError("", LoginFailed);
            return View(WithoutPassword(input));
        }
        if (await userManager.IsLockedOutAsync(user))
        {
            // Identity answers a locked account without hashing (≈ 8 ms against ≈ 130 ms): hash here, so a locked
            // account takes as long as every other failure (issue #28 item 3).
            userManager.PasswordHasher.VerifyHashedPassword(user, user.PasswordHash ?? DummyHash, input.Password!);
            await audit.RecordAsync(AuditAction.LockedOut, AuditNames.User, user.Id);
            ModelState.AddModelError("", LoginFailed);
            return View(WithoutPassword(input));
        }
        var result = await signInManager.PasswordSignInAsync(user, input.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.RecordAsync(AuditAction.SignedIn, AuditNames.User, user.Id);
            return LocalRedirect(SafeReturnUrl(input.ReturnUrl));
        }
        if (result.RequiresTwoFactor)
            return RedirectToAction(nameof(LoginTwoFactor), new { returnUrl = input.ReturnUrl });
        // Locked out or wrong password: the same message (only real accounts can be locked out).
        await audit.RecordAsync(result.IsLockedOut ? AuditAction.LockedOut : AuditAction.SignInFailed, AuditNames.User, user.Id);
        ModelState.AddModelError("", LoginFailed);
        return View(WithoutPassword(input));
    }

    [AllowAnonymous, HttpGet("log-ind-2fa"), LocalSignInOnly]
    public async Task<IActionResult> LoginTwoFactor(string? returnUrl)
    {
        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is null) return RedirectToAction(nameof(Login));
        return View(new TwoFactorLoginInput { ReturnUrl = returnUrl });
    }

    [AllowAnonymous, HttpPost("log-ind-2fa"), LocalSignInOnly]
    public async Task<IActionResult> LoginTwoFactor(TwoFactorLoginInput input)
    {
        var user = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return RedirectToAction(nameof(Login));
        var code = (input.Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (code.Length == 0)
        {
            ModelState.AddModelError(nameof(input.Code), "Angiv koden fra din godkendelsesapp.");
            return View(input);
        }
        var result = await signInManager.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            await audit.RecordAsync(AuditAction.SignedIn, AuditNames.User, user.Id, details: "{\"2fa\":true}");
            return LocalRedirect(SafeReturnUrl(input.ReturnUrl));
        }
        if (result.IsLockedOut)
            ModelState.AddModelError(nameof(input.Code), "Kontoen er midlertidigt låst efter for mange mislykkede forsøg. Prøv igen om 15 minutter.");
        else
            ModelState.AddModelError(nameof(input.Code), "Koden er forkert eller udløbet. Prøv med den nye kode fra appen.");
        await audit.RecordAsync(AuditAction.SignInFailed, AuditNames.User, user.Id, details: "{\"2fa\":true}");
        return View(new TwoFactorLoginInput { ReturnUrl = input.ReturnUrl });
    }

    /// <summary>Ends this session on the server (the session store drops it): a copied cookie no longer works.
    /// After single sign-on the user is also signed out at the provider (ADR 0044), with the identity token the
    /// session kept on the server as the hint.</summary>
    [HttpPost("log-ud")]
    public async Task<IActionResult> Logout([FromServices] Application.FieldMode.FieldModeService fieldMode)
    {
        await fieldMode.ReleaseAllAsync(HttpContext.RequestAborted); // the device wipes what it took along (field.js)
        var idToken = sso.Value.Enabled
            ? (await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme)).Properties?.GetTokenValue("id_token")
            : null;
        await signInManager.SignOutAsync();
        TempData["Status"] = "Du er logget ud.";
        if (idToken is null) return RedirectToAction(nameof(Login));
        var properties = new AuthenticationProperties { RedirectUri = Url.Action(nameof(Login)) };
        properties.Items[SingleSignOn.IdTokenItem] = idToken;
        return SignOut(properties, SsoOptions.Scheme);
    }

    [AllowAnonymous, HttpGet("ingen-adgang")]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    [AllowAnonymous, HttpGet("glemt-adgangskode"), LocalSignInOnly]
    public IActionResult ForgotPassword() => View(new ForgotPasswordInput());

    [AllowAnonymous, HttpPost("glemt-adgangskode"), LocalSignInOnly]
    public async Task<IActionResult> ForgotPassword(ForgotPasswordInput input)
    {
        if (!await forgotValidator.ValidateIntoAsync(input, ModelState)) return View(input);
        // Same answer and the same work whether or not the address exists: the look-up and the mail happen in the
        // background, so neither the page nor its timing reveals who has an account.
        resetMailer.Enqueue(input.Email!.Trim());
        TempData["Status"] = "Hvis adressen findes, har vi sendt en mail med et link til at nulstille adgangskoden.";
        return RedirectToAction(nameof(Login));
    }

    [AllowAnonymous, HttpGet("nulstil-adgangskode"), LocalSignInOnly]
    public IActionResult ResetPassword(string? email, string? token)
        => View(new ResetPasswordInput { Email = email, Token = token });

    [AllowAnonymous, HttpPost("nulstil-adgangskode"), LocalSignInOnly]
    public async Task<IActionResult> ResetPassword(ResetPasswordInput input)
    {
        if (!await resetValidator.ValidateIntoAsync(input, ModelState)) return View(input);
        var user = await userManager.FindByEmailAsync(input.Email!.Trim());
        // The password rules first, for everyone; then one answer for an unknown address and a bad or used link.
        foreach (var validator in userManager.PasswordValidators)
            foreach (var error in (await validator.ValidateAsync(userManager, user ?? DummyUser, input.Password)).Errors)
                ModelState.AddModelError(nameof(input.Password), error.Description);
        if (!ModelState.IsValid) return View(input);
        if (user is null || !(await userManager.ResetPasswordAsync(user, input.Token!, input.Password!)).Succeeded)
        {
            ModelState.AddModelError("", InvalidResetLink);
            return View(input);
        }
        await sessions.EndAllAsync(user.Id); // a new password signs out every session
        // Like an administrator's reset, the user's own leaves a row (issue #28 item 5).
        await audit.RecordAsync(AuditAction.Updated, AuditNames.User, user.Id, details: "Ny adgangskode sat af brugeren via nulstillingslink; brugerens sessioner er afsluttet");
        TempData["Status"] = "Din adgangskode er ændret. Log ind med den nye adgangskode.";
        return RedirectToAction(nameof(Login));
    }

    private string SafeReturnUrl(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl! : "/";

    // The password is never sent back to the browser.
    private static LoginInput WithoutPassword(LoginInput input) => new() { Email = input.Email, ReturnUrl = input.ReturnUrl };
}
