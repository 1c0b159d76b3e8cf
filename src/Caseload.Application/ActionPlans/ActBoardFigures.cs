using Caseload.Application.Common.Time;
using Caseload.Application.Engines;
using Caseload.Application.Security;
using Caseload.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.ActionPlans;

/// <summary>ACT on the caseload board: which of a worker's citizens are in intensified support now (one query per team).</summary>
public sealed class ActBoardFigures(IActDbContext db, IDanishClock clock) : IBoardWorkerFigures
{
    public Method Method => Method.Act;

    public async Task<Func<string, BoardFigureLine>> ForTeamAsync(LedTeam team, CancellationToken ct)
    {
        var today = clock.Today;
        var rows = await db.IntensifiedSupports.AsNoTracking()
            .Where(p => p.TeamId == team.Id && p.StartOn <= today && (p.StoppedOn ?? p.PlannedEndOn) >= today)
            .Join(db.Courses, p => p.CourseId, c => c.Id, (p, c) => new { c.PrimaryWorkerId, p.CitizenId })
            .Join(db.Citizens, x => x.CitizenId, z => z.Id, (x, z) => new { x.PrimaryWorkerId, z.Name })
            .ToListAsync(ct);
        var byWorker = rows.GroupBy(r => r.PrimaryWorkerId).ToDictionary(g => g.Key, g => string.Join(", ", g.Select(r => r.Name).Order()));
        return worker => byWorker.TryGetValue(worker, out var names)
            ? new BoardFigureLine("Skærpet indsats:", names, "gennemgås på hvert teammøde")
            : new BoardFigureLine("Skærpet indsats: ingen");
    }
}
