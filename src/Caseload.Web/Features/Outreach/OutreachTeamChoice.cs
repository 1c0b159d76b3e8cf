using Caseload.Application.Outreach;
using Caseload.Application.Security;

namespace Caseload.Web.Features.Outreach;

/// <summary>Which outreach team a team-wide page (referrals, deadline list) shows: the one asked for, if it is one of the
/// user's own outreach teams, else the first of them. <see cref="NoTeams"/>: the user has none (a plain page says so);
/// <see cref="Team"/> null otherwise: not the user's team (404).</summary>
public sealed record OutreachTeamChoice(IReadOnlyList<(Guid Id, string Name)> Mine, MemberTeam? Team, bool NoTeams)
{
    public static async Task<OutreachTeamChoice> MakeAsync(ReferralQueries queries, IAccessScope scope, Guid? teamId, CancellationToken ct)
    {
        var mine = await queries.MyOutreachTeamsAsync(ct);
        if (teamId is null && mine.Count == 0) return new(mine, null, NoTeams: true);
        var id = teamId ?? mine[0].Id;
        return new(mine, mine.Any(t => t.Id == id) ? await scope.MemberTeamAsync(id, ct) : null, NoTeams: false);
    }
}
