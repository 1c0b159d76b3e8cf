using Caseload.Infrastructure.Identity;
using Caseload.Web.Hosting;
using Caseload.Web.Features.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Caseload.Web.Features.MyAccount;

/// <summary>The user's own account: two-factor authentication with an authenticator app (TOTP).</summary>
[Route("min-konto")]
public sealed class ManageController(
    UserManager<ApplicationUser> userManager,
    SignInManager<ApplicationUser> signInManager,
    AuthenticatorKeys keys,
    IOptions<SecurityOptions> security,
    Application.Auditing.IAuditLog audit) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(bool required = false)
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null) return Challenge();
        var model = await BuildModelAsync(user);
        model.SentHereByRequirement = required;
        return View(model);
    }

    [HttpPost("to-faktor/aktiver")]
    public async Task<IActionResult> Enable(EnableAuthenticatorModel input)
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null) return Challenge();
        var code = (input.Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var valid = code.Length > 0 && await userManager.VerifyTwoFactorTokenAsync(
            user, userManager.Options.Tokens.AuthenticatorTokenProvider, code);
        if (!valid)
        {
            ModelState.AddModelError(nameof(input.Code), code.Length == 0
                ? "Angiv den 6-cifrede kode fra appen."
                : "Koden passer ikke. Tjek at telefonens ur er rigtigt, og prøv med den nyeste kode.");
            var again = await BuildModelAsync(user);
            again.Code = input.Code; // what was typed stays in the field
            return View(nameof(Index), again);
        }
        await userManager.SetTwoFactorEnabledAsync(user, true);
        await audit.RecordAsync(Domain.Auditing.AuditAction.Updated, Domain.Auditing.AuditNames.User, user.Id, details: "To-faktor slået til af brugeren selv");
        await signInManager.RefreshSignInAsync(user);
        TempData["Status"] = "To-faktor-godkendelse er slået til. Næste gang du logger ind, skal du bruge en kode fra appen.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("to-faktor/deaktiver")]
    public async Task<IActionResult> Disable()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null) return Challenge();
        if (await IsRequiredAsync(user))
        {
            TempData["Status"] = "To-faktor-godkendelse er påkrævet for din rolle og kan ikke slås fra.";
            return RedirectToAction(nameof(Index));
        }
        await userManager.SetTwoFactorEnabledAsync(user, false);
        await userManager.ResetAuthenticatorKeyAsync(user);
        await audit.RecordAsync(Domain.Auditing.AuditAction.Updated, Domain.Auditing.AuditNames.User, user.Id, details: "To-faktor slået fra af brugeren selv");
        await signInManager.RefreshSignInAsync(user);
        TempData["Status"] = "To-faktor-godkendelse er slået fra.";
        return RedirectToAction(nameof(Index));
    }

    private async Task<bool> IsRequiredAsync(ApplicationUser user)
    {
        var roles = await userManager.GetRolesAsync(user);
        return security.Value.RequireTwoFactorForRoles.Intersect(roles).Any();
    }

    private async Task<EnableAuthenticatorModel> BuildModelAsync(ApplicationUser user)
    {
        var model = new EnableAuthenticatorModel { Enabled = user.TwoFactorEnabled, Required = await IsRequiredAsync(user) };
        if (!user.TwoFactorEnabled)
        {
            var key = await keys.CurrentOrNewAsync(user, HttpContext.RequestAborted);
            model.SharedKey = key;
            model.QrCodeSvg = AuthenticatorQrCode.Svg(AuthenticatorQrCode.Uri("Caseload", user.Email!, key));
        }
        return model;
    }
}
