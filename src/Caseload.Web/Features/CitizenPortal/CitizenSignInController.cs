using System.Security.Claims;
using Caseload.Application.CitizenPortal;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.CitizenPortal;

public sealed class MigSignInModel
{
    public string? Phone { get; set; }
    public string? Code { get; set; }
    public string? Pin { get; set; }
    public string? Message { get; set; }
}

/// <summary>The citizen signs in to /mig (issue #34 item 1, ADR 0042): the phone, then the one-time code by SMS and the PIN.
/// Signs in with the citizen's own scheme only; staff pages never accept it.</summary>
[Route("mig")]
public sealed class CitizenSignInController(SmsPinIdentification sms, ICitizenIdentification identification) : Controller
{
    private CancellationToken Ct => HttpContext.RequestAborted;

    [AllowAnonymous, HttpGet("log-ind")]
    public IActionResult Login() => View("~/Features/CitizenPortal/Login.cshtml", new MigSignInModel());

    [AllowAnonymous, HttpPost("log-ind")]
    public async Task<IActionResult> SendCode([FromForm] string? phone)
    {
        if (Application.Common.SmsNumbers.Normalize(phone) is null)
            return View("~/Features/CitizenPortal/Login.cshtml", new MigSignInModel { Phone = phone, Message = "Skriv dit mobilnummer med 8 cifre." });
        if (await sms.RequestCodeAsync(phone, Ct) is { } tooMany) // asked too often: say so, and send nothing (ADR 0048)
            return View("~/Features/CitizenPortal/Login.cshtml", new MigSignInModel { Phone = phone, Message = tooMany });
        return View("~/Features/CitizenPortal/Code.cshtml", new MigSignInModel { Phone = phone });
    }

    [AllowAnonymous, HttpPost("kode")]
    public async Task<IActionResult> Verify([FromForm] MigSignInModel input)
    {
        var who = await identification.IdentifyAsync(new CitizenCredentials(input.Phone, input.Code, input.Pin), Ct);
        if (who.CitizenId is not { } citizenId)
            return View("~/Features/CitizenPortal/Code.cshtml", new MigSignInModel { Phone = input.Phone, Message = who.Message });
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, who.ActorId!),
            new Claim(ClaimTypes.Name, CitizenActor.DisplayName),
            new Claim(CitizenActor.CitizenClaim, citizenId.ToString()),
        ], CitizenActor.Scheme));
        await HttpContext.SignInAsync(CitizenActor.Scheme, principal, new AuthenticationProperties { IsPersistent = false });
        return Redirect("/mig");
    }

    [Authorize(Policy = Policies.Citizen), HttpPost("log-ud")]
    public async Task<IActionResult> Logout()
    {
        await HttpContext.SignOutAsync(CitizenActor.Scheme);
        return Redirect("/mig/log-ind");
    }
}
