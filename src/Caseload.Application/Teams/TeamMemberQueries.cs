using Caseload.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Teams;

/// <summary>Team-membership checks the services share (internal: callers hold a scope handle for the team).</summary>
internal static class TeamMemberQueries
{
    /// <summary>Is the user a member (any role) of the team — e.g. may be chosen as primary worker?</summary>
    public static Task<bool> HasMemberAsync(this IQueryable<TeamMember> members, Guid teamId, string? userId, CancellationToken ct)
        => members.AnyAsync(m => m.TeamId == teamId && m.UserId == userId, ct);
}
