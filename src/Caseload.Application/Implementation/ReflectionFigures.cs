using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Courses;
using Caseload.Application.Teams;
using Caseload.Domain.Implementation;
using Caseload.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Implementation;

/// <summary>
/// The figures a reflection day brings (bilag 1f, "documentation to bring"), counted across the teams of the project's
/// method: caseload per FTE, and each engine's own (CTI: transitions on time and citizens per phase; outreach: the deadlines
/// met in the last year). Counts only, never a citizen. Made once per reflection day, so its cost (the method's teams'
/// courses) is paid once, not per page view.
/// </summary>
public sealed class ReflectionFigures(TeamFigures teams, IDanishClock clock, IEnumerable<Engines.IReflectionFigures> engines, ICaseloadDbContext db)
{
    public const int LookBackMonths = 12;
    public const string SpreadLabel = "Spredning mellem medarbejdere";

    public async Task<IReadOnlyList<ReflectionFigure>> ForMethodAsync(Method method, CancellationToken ct = default)
    {
        var today = clock.Today;
        var since = today.AddMonths(-LookBackMonths);
        var methodTeams = (await teams.PerTeamAsync(ct)).Where(t => t.Method == method).ToList();
        var ids = methodTeams.Select(t => t.Id).ToList();
        var fte = methodTeams.Sum(t => t.Fte);
        var citizens = methodTeams.Sum(t => t.Citizens);
        var figures = new List<ReflectionFigure>
        {
            new("Borgere pr. årsværk", fte > 0 ? Number(citizens / fte) : "–",
                $"{citizens} borgere, {Number(fte)} årsværk i {methodTeams.Count} team{(methodTeams.Count == 1 ? "" : "s")}; grænsen er {Number(methodTeams.Select(t => t.LimitPerFte).DefaultIfEmpty(Team.DefaultCaseloadLimitPerFte).Max())}"
                + (methodTeams.Count > 1 ? ": " + string.Join(" · ", methodTeams.Select(t => $"{t.Name} {(t.CitizensPerFte is { } r ? Number(r) : "–")}")) : "")),
        };
        figures.Add(await SpreadAsync(ids, methodTeams.ToDictionary(t => t.Id, t => t.LimitPerFte), ct));
        foreach (var engine in engines.Where(e => e.Method == method)) // the method's own figures (ADR 0023)
            figures.AddRange(await engine.ForTeamsAsync(ids, since, today, ct));
        return figures;
    }

    /// <summary>The average hides a worker at 36 per FTE (issue #27 item 18): the most loaded worker's citizens per FTE, and
    /// how many workers are over their team's limit. Counts only — no worker is named on the reflection day's sheet.</summary>
    private async Task<ReflectionFigure> SpreadAsync(List<Guid> teamIds, Dictionary<Guid, decimal> limits, CancellationToken ct)
    {
        var members = await db.TeamMembers.AsNoTracking().Where(m => teamIds.Contains(m.TeamId) && m.Role == TeamRole.Member)
            .Select(m => new { m.TeamId, m.UserId, m.Fte }).ToListAsync(ct);
        var loads = await db.Courses.Active().Where(c => teamIds.Contains(c.TeamId))
            .GroupBy(c => new { c.TeamId, c.PrimaryWorkerId }).Select(g => new { g.Key.TeamId, g.Key.PrimaryWorkerId, Count = g.Count() }).ToListAsync(ct);
        var workers = members.Select(m => new WorkerCaseload(m.Fte,
            loads.Where(l => l.TeamId == m.TeamId && l.PrimaryWorkerId == m.UserId).Sum(l => l.Count), limits[m.TeamId])).ToList();
        if (workers.Count == 0) return new(SpreadLabel, "–", "Ingen medarbejdere i teamene.");
        var most = workers.MaxBy(w => w.CitizensPerFte)!;
        var over = workers.Count(w => w.State == CaseloadState.Over);
        return new(SpreadLabel, $"højst {Number(most.CitizensPerFte)} pr. årsværk",
            $"Den mest belastede medarbejder har {most.ActiveCitizens} borgere på {Number(most.Fte)} årsværk; "
            + $"{over} af {workers.Count} {(workers.Count == 1 ? "medarbejder" : "medarbejdere")} er over grænsen.");
    }

    private static string Number(decimal value) => Engines.FigureText.Number(value);
}
