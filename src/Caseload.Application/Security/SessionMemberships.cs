using Caseload.Domain.Teams;

namespace Caseload.Application.Security;

/// <summary>One of the signed-in user's team memberships.</summary>
public sealed record TeamMembership(Guid TeamId, TeamRole Role, Method Method);

/// <summary>
/// The user's memberships as the session look-up read them, for this request (scoped). Every signed-in page needs them
/// (the scope, the menu by method), so the ticket store reads them in the same SQL command as the session instead of a
/// second one. Read fresh on every request: a membership removed takes effect on the next request, as before.
/// </summary>
public sealed class SessionMemberships
{
    private string? _userId;
    private IReadOnlyList<TeamMembership>? _teams;

    public void Remember(string userId, IReadOnlyList<TeamMembership> teams) => (_userId, _teams) = (userId, teams);

    /// <summary>The memberships read with the session, when they are this user's; otherwise null (ask the database).</summary>
    public IReadOnlyList<TeamMembership>? Of(string userId) => _userId == userId ? _teams : null;
}
