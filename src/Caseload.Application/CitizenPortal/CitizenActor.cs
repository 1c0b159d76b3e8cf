namespace Caseload.Application.CitizenPortal;

/// <summary>How a signed-in citizen appears to the rest of the app (ADR 0042): a user id of its own form, so the audit log's
/// actor, the session row and the access scope all name the citizen, and no staff membership can ever match it.</summary>
public static class CitizenActor
{
    /// <summary>The citizen's own cookie authentication scheme: the staff policies never accept it, the citizen's accept only it.</summary>
    public const string Scheme = "Citizen";
    /// <summary>The claim that carries the citizen's id on a citizen principal.</summary>
    public const string CitizenClaim = "caseload:citizen";
    /// <summary>The name the audit log shows for a citizen acting on their own record.</summary>
    public const string DisplayName = "Borgeren selv";
    private const string Prefix = "citizen:";

    /// <summary>Internal: outside Application the actor id comes from a <see cref="CitizenIdentity"/> (no method takes a bare id).</summary>
    internal static string UserIdOf(Guid citizenId) => Prefix + citizenId.ToString("D");

    /// <summary>The citizen's id when <paramref name="userId"/> is a citizen's, else null (a staff user).</summary>
    public static Guid? CitizenIdOf(string? userId)
        => userId is not null && userId.StartsWith(Prefix, StringComparison.Ordinal) && Guid.TryParse(userId.AsSpan(Prefix.Length), out var id)
            ? id : null;
}

/// <summary>Hashes PINs and one-time codes (Identity's password hasher in Infrastructure): neither is ever stored in clear.</summary>
public interface ISecretHasher
{
    string Hash(string secret);
    bool Verify(string hash, string secret);
}

/// <summary>The citizen's server-side sessions (like the staff's, ADR 0012): revoking access ends them all at once.</summary>
public interface ICitizenSessions
{
    Task<int> EndAllAsync(Guid citizenId, CancellationToken ct = default);
}
