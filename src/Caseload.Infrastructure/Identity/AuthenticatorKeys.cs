using Microsoft.AspNetCore.Identity;

namespace Caseload.Infrastructure.Identity;

/// <summary>
/// The key "Min konto" shows for setting up an authenticator app. A stored key is only a proposal until a code from
/// the app confirms it (turning two-factor on changes the security stamp then). Making the proposal must not change
/// the stamp: <see cref="UserManager{TUser}.ResetAuthenticatorKeyAsync"/> does, and a minute after merely opening the
/// page every session of the user ended, the current one included.
/// </summary>
public sealed class AuthenticatorKeys(UserManager<ApplicationUser> users, IUserStore<ApplicationUser> store)
{
    /// <summary>The user's key, or a new one stored without touching the security stamp.</summary>
    public async Task<string> CurrentOrNewAsync(ApplicationUser user, CancellationToken ct = default)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (!string.IsNullOrEmpty(key)) return key;
        key = users.GenerateNewAuthenticatorKey();
        await ((IUserAuthenticatorKeyStore<ApplicationUser>)store).SetAuthenticatorKeyAsync(user, key, ct);
        var saved = await users.UpdateAsync(user); // saves the key; UpdateAsync leaves the security stamp alone
        if (!saved.Succeeded) throw new InvalidOperationException("The authenticator key was not saved: " + string.Join("; ", saved.Errors.Select(e => e.Code)));
        return key;
    }
}
