using Caseload.Application.Common;
using Caseload.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Teams;

public sealed record TeamFigure(Guid Id, string Name, Method Method, int Workers, decimal Fte, int Citizens, decimal LimitPerFte)
{
    public decimal? CitizensPerFte => Fte > 0 ? Citizens / Fte : null;
}

/// <summary>Aggregate figures per team for managers: counts only, never a citizen's details.</summary>
public sealed class TeamFigures(ICaseloadDbContext db)
{
    public async Task<IReadOnlyList<TeamFigure>> PerTeamAsync(CancellationToken ct = default)
    {
        // A municipality has a handful of teams: aggregate in memory (SQLite cannot SUM decimals).
        var teams = await db.Teams.AsNoTracking().Include(t => t.Members).OrderBy(t => t.Name).ToListAsync(ct);
        var citizens = await db.Citizens.AsNoTracking().GroupBy(c => c.TeamId)
            .Select(g => new { TeamId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.TeamId, g => g.Count, ct);
        return teams.Select(t =>
        {
            var workers = t.Members.Where(m => m.Role == TeamRole.Member).ToList();
            return new TeamFigure(t.Id, t.Name, t.Method, workers.Count, workers.Sum(m => m.Fte),
                citizens.GetValueOrDefault(t.Id), t.CaseloadLimitPerFte);
        }).ToList();
    }
}
