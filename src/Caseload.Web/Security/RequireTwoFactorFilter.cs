using Caseload.Infrastructure.Identity;
using Caseload.Web.Features.Account;
using Caseload.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace Caseload.Web.Security;

/// <summary>
/// Where configuration makes two-factor mandatory for a role (Security:RequireTwoFactorForRoles), a user of
/// that role without it is sent to set it up, and can reach nothing else until they have.
/// </summary>
internal sealed class RequireTwoFactorFilter(IOptions<SecurityOptions> options) : IActionFilter
{
    private static readonly string[] AlwaysAllowed = ["Account", "Manage", "Error"];

    public void OnActionExecuting(ActionExecutingContext context)
    {
        var user = context.HttpContext.User;
        if (user.Identity?.IsAuthenticated != true) return;
        if (user.FindFirst(CaseloadClaimsFactory.TwoFactorClaim)?.Value == "true") return;
        if (user.SignedInWithSso()) return; // the municipality's provider enforces multi-factor sign-in (ADR 0044)
        if (!options.Value.RequireTwoFactorForRoles.Any(user.IsInRole)) return;
        var controller = context.RouteData.Values["controller"] as string;
        if (AlwaysAllowed.Contains(controller)) return;
        context.Result = new RedirectResult("/min-konto?required=True");
    }

    public void OnActionExecuted(ActionExecutedContext context) { }
}
