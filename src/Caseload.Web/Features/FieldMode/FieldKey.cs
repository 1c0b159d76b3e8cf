using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace Caseload.Web.Features.FieldMode;

/// <summary>
/// The key a device encrypts what it takes along with (ADR 0047): 256 random bits made at sign-in and kept in the
/// session's ticket — on the server only (ADR 0012: the cookie carries just the session's id). It dies with the session.
/// </summary>
public static class FieldKey
{
    private const string Item = "felt.noegle";

    /// <summary>Cookie event: every new session gets its own key.</summary>
    public static Task AddTo(CookieSigningInContext context)
    {
        context.Properties.Items[Item] = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return Task.CompletedTask;
    }

    /// <summary>The signed-in session's key; null for a session made before field mode existed.</summary>
    public static async Task<string?> OfAsync(HttpContext http)
    {
        var session = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        return session.Properties?.Items.TryGetValue(Item, out var key) == true ? key : null;
    }
}
