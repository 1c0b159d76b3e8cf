using Caseload.Application.Common;
using Caseload.Domain.Results;
using Caseload.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Results;

/// <summary>A team on a results page: its name and the FTE of its members (workers, not the leader).</summary>
public sealed record ResultsTeam(Guid Id, string Name, decimal Fte);

/// <summary>
/// One team's monthly figures over a period, as read from <see cref="MonthlyFigure"/>, with what follows from them:
/// the active citizens at each month's end (all intakes minus all endings up to then — no course list is read).
/// </summary>
public sealed class TeamSeries
{
    private readonly Dictionary<(DateOnly Month, string Key), (long Count, long Sum)> _rows;
    private readonly long _activeBefore;
    // Active at each month's end, summed once: every cell of a results page asks for it, month by month.
    private readonly Dictionary<DateOnly, long> _activeAtEnd = [];

    public TeamSeries(ResultsTeam team, ResultsPeriod period, long activeBefore, IEnumerable<FigureRow> rows, int teams = 1)
    {
        Teams = teams;
        Team = team;
        Period = period;
        _activeBefore = activeBefore;
        _rows = rows.ToDictionary(r => (r.Month, r.Key), r => (r.Count, r.Sum));
        var active = activeBefore;
        foreach (var m in period.Months)
        {
            active += Count(m, FigureKeys.Intake) - Count(m, FigureKeys.Closed);
            _activeAtEnd[m] = active;
        }
    }

    public ResultsTeam Team { get; }
    /// <summary>How many teams this series stands for (the page's total combines several): a per-team figure such as
    /// meetings per week divides by it.</summary>
    public int Teams { get; }
    public ResultsPeriod Period { get; }

    public long Count(DateOnly month, string key) => _rows.GetValueOrDefault((month, key)).Count;
    public long Sum(DateOnly month, string key) => _rows.GetValueOrDefault((month, key)).Sum;

    /// <summary>Citizens with an active course at the end of the month (or at the period's end, in its last month).</summary>
    public long ActiveAtEndOf(DateOnly month)
    {
        if (_activeAtEnd.TryGetValue(month, out var active)) return Math.Max(0, active);
        // Not a month of the period: the last month before it, or the start.
        var before = Period.Months.LastOrDefault(m => m <= month);
        return Math.Max(0, before == default ? _activeBefore : _activeAtEnd[before]);
    }

    /// <summary>Active at the period's start: those active before it.</summary>
    public long ActiveAtStart => Math.Max(0, _activeBefore);

    /// <summary>Several teams as one (the page's total): their figures and FTE summed.</summary>
    public static TeamSeries Combine(IReadOnlyList<TeamSeries> teams, ResultsPeriod period)
    {
        var rows = teams.SelectMany(t => t._rows).GroupBy(r => r.Key)
            .Select(g => new FigureRow(Guid.Empty, g.Key.Month, g.Key.Key, g.Sum(r => r.Value.Count), g.Sum(r => r.Value.Sum)));
        return new TeamSeries(new ResultsTeam(Guid.Empty, "Alle", teams.Sum(t => t.Team.Fte)), period, teams.Sum(t => t._activeBefore), rows, teams.Sum(t => t.Teams));
    }

    /// <summary>Citizens served in the period: active at its start and those who came in during it.</summary>
    public long Served => ActiveAtStart + Period.Months.Sum(m => Count(m, FigureKeys.Intake));
}

/// <summary>One team's figure for one month, as a results page reads it.</summary>
public sealed record FigureRow(Guid TeamId, DateOnly Month, string Key, long Count, long Sum);

/// <summary>Reads a method's monthly figures for the teams in view: two queries, whatever the size of the contact log.</summary>
public sealed class TeamSeriesReader(ICaseloadDbContext db)
{
    public async Task<IReadOnlyList<ResultsTeam>> TeamsAsync(Method method, IReadOnlyList<Guid>? only, CancellationToken ct)
        => await db.Teams.AsNoTracking().Where(t => t.Method == method && (only == null || only.Contains(t.Id)))
            .OrderBy(t => t.Name)
            .Select(t => new ResultsTeam(t.Id, t.Name, t.Members.Where(m => m.Role == TeamRole.Member).Sum(m => (decimal?)m.Fte) ?? 0m))
            .ToListAsync(ct);

    public async Task<IReadOnlyList<TeamSeries>> ReadAsync(Method method, IReadOnlyList<ResultsTeam> teams, ResultsPeriod period, CancellationToken ct)
    {
        var ids = teams.Select(t => t.Id).ToList();
        var first = FigureRules.MonthOf(period.From);
        var last = FigureRules.MonthOf(period.To);
        // The five columns the series needs, not the entity: the all-teams page reads some 1,500 rows.
        var rows = await db.MonthlyFigures.AsNoTracking()
            .Where(f => f.Method == method && ids.Contains(f.TeamId) && f.Month >= first && f.Month <= last)
            .Select(f => new FigureRow(f.TeamId, f.Month, f.Key, f.Count, f.Sum))
            .ToListAsync(ct);
        // Active before the period: every intake minus every ending before its first month, per team.
        var before = await db.MonthlyFigures.AsNoTracking()
            .Where(f => f.Method == method && ids.Contains(f.TeamId) && f.Month < first && (f.Key == FigureKeys.Intake || f.Key == FigureKeys.Closed))
            .GroupBy(f => new { f.TeamId, f.Key })
            .Select(g => new { g.Key.TeamId, g.Key.Key, Count = g.Sum(f => f.Count) })
            .ToListAsync(ct);
        var byTeam = rows.ToLookup(r => r.TeamId);
        return teams.Select(t => new TeamSeries(t, period,
            before.Where(b => b.TeamId == t.Id).Sum(b => b.Key == FigureKeys.Intake ? b.Count : -b.Count),
            byTeam[t.Id])).ToList();
    }
}
