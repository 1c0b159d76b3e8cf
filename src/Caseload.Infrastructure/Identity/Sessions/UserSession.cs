namespace Caseload.Infrastructure.Identity.Sessions;

/// <summary>
/// One signed-in session. The login cookie holds only this row's key; the ticket itself stays on the server,
/// so signing out, deactivation or a password change end the session at once — a copied cookie is worthless.
/// </summary>
public class UserSession
{
    public const int KeyLength = 32;

    public string Id { get; set; } = string.Empty;
    public string UserId { get; set; } = string.Empty;
    /// <summary>The serialized authentication ticket (claims, expiry).</summary>
    public byte[] Ticket { get; set; } = [];
    /// <summary>UTC; the row is removed after this.</summary>
    public DateTime ExpiresAt { get; set; }
}
