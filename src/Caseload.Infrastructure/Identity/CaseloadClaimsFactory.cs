using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Caseload.Infrastructure.Identity;

/// <summary>Adds the display name and whether two-factor is on, so the layout and the
/// "2FA required for role" check need no database look-up per request.</summary>
public sealed class CaseloadClaimsFactory(
    UserManager<ApplicationUser> userManager, RoleManager<IdentityRole> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    public const string FullNameClaim = "caseload:fullname";
    public const string TwoFactorClaim = "caseload:2fa";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(FullNameClaim, string.IsNullOrEmpty(user.FullName) ? user.Email ?? "" : user.FullName));
        identity.AddClaim(new Claim(TwoFactorClaim, user.TwoFactorEnabled ? "true" : "false"));
        return identity;
    }
}
