using Caseload.Application.Common;
using Caseload.Domain.Citizens;
using Caseload.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Security;

public sealed class AccessScope(ICaseloadDbContext db, ICurrentUser user) : IAccessScope
{
    private IReadOnlyList<Guid>? _teamIds;

    public async Task<IReadOnlyList<Guid>> TeamIdsAsync(CancellationToken ct = default)
    {
        if (_teamIds is not null) return _teamIds;
        if (user.UserId is null) return _teamIds = [];
        return _teamIds = await db.TeamMembers.AsNoTracking()
            .Where(m => m.UserId == user.UserId)
            .Select(m => m.TeamId)
            .Distinct()
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<Guid>> LedTeamIdsAsync(CancellationToken ct = default)
    {
        if (user.UserId is null) return [];
        return await db.TeamMembers.AsNoTracking()
            .Where(m => m.UserId == user.UserId && m.Role == TeamRole.Leader)
            .Select(m => m.TeamId)
            .ToListAsync(ct);
    }

    public async Task<IQueryable<Citizen>> CitizensAsync(CancellationToken ct = default)
    {
        var teamIds = await TeamIdsAsync(ct);
        return db.Citizens.Where(c => teamIds.Contains(c.TeamId));
    }

    public async Task<Citizen?> FindCitizenAsync(Guid citizenId, CancellationToken ct = default)
        => await (await CitizensAsync(ct)).FirstOrDefaultAsync(c => c.Id == citizenId, ct);
}
