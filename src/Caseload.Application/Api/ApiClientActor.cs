namespace Caseload.Application.Api;

/// <summary>How a system signed in with the client-credentials flow appears to the rest of the app (ADR 0049): a user id of
/// its own form, like a citizen's (ADR 0042), so the audit log's actor and the access scope name the client, and no staff
/// membership can ever match it.</summary>
public static class ApiClientActor
{
    private const string Prefix = "api:";

    /// <summary>The name the audit log shows before the client's own name.</summary>
    public const string DisplayPrefix = "API-klient: ";

    /// <summary>Internal: outside Application the actor id comes from a signed-in client (no public method takes a bare id).</summary>
    internal static string UserIdOf(Guid clientId) => Prefix + clientId.ToString("D");

    /// <summary>The actor id for a client id as the token endpoint receives it (text), if it is one.</summary>
    public static string? UserIdOf(string? clientId) => Guid.TryParse(clientId, out var id) ? UserIdOf(id) : null;

    /// <summary>The client's id when <paramref name="userId"/> is a client's, else null (staff or a citizen).</summary>
    public static Guid? ClientIdOf(string? userId)
        => userId is not null && userId.StartsWith(Prefix, StringComparison.Ordinal) && Guid.TryParse(userId.AsSpan(Prefix.Length), out var id)
            ? id : null;
}
