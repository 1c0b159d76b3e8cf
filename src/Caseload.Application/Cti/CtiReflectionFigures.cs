using Caseload.Application.Common;
using Caseload.Application.Engines;
using Caseload.Application.Implementation;
using Caseload.Domain.Implementation;
using Caseload.Domain.Cti;
using Caseload.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Cti;

/// <summary>CTI's reflection-day figures: transitions on time (within the tolerance of the plan), citizens per phase, and the
/// CTI fidelity items of the results page over its default period (the same numbers as its "Alle" column, issue #29 item 8).</summary>
public sealed class CtiReflectionFigures(ICtiDbContext db, CtiFidelity fidelity, Results.TeamSeriesReader teams) : IReflectionFigures
{
    public Method Method => Method.Cti;

    public async Task<IEnumerable<ReflectionFigure>> ForTeamsAsync(IReadOnlyList<Guid> teamIds, DateOnly since, DateOnly today, CancellationToken ct)
    {
        var transitions = await db.CtiTransitions.AsNoTracking().Where(t => t.Date >= since && db.CtiCourses.Any(c => c.Id == t.CtiCourseId && teamIds.Contains(c.TeamId)))
            .GroupBy(t => t.OffPlan).Select(g => new { OffPlan = g.Key, Count = g.Count() }).ToListAsync(ct);
        var total = transitions.Sum(t => t.Count);
        var onTime = transitions.Where(t => !t.OffPlan).Sum(t => t.Count);
        var stages = await db.CtiCourses.AsNoTracking().Running().Where(c => teamIds.Contains(c.TeamId))
            .GroupBy(c => c.Stage).Select(g => new { Stage = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Stage, g => g.Count, ct);
        var shown = await teams.TeamsAsync(Method.Cti, teamIds, ct);
        var period = Results.ResultsPeriod.LastTwelveMonths(today);
        IEnumerable<ReflectionFigure> items = shown.Count == 0 ? [] : (await fidelity.RowsAsync(shown, period, ct)).Where(r => r.NoDataBecause is null)
            .Select(r => new ReflectionFigure(r.Name, r.Total.Text, FigureText.FromResults("CTI-fidelitet", period.From, r.Target)));
        return
        [
            new("CTI-overgange til tiden", total == 0 ? "Ingen overgange" : $"{onTime} af {total} ({FigureText.Percent(onTime, total)})",
                $"Overgange de seneste {ReflectionFigures.LookBackMonths} måneder inden for {CtiCourse.ToleranceDays} dage af planen"),
            new("Borgere pr. fase", string.Join(" · ", new[] { CtiStage.ContactPeriod, CtiStage.Phase1, CtiStage.Phase2, CtiStage.Phase3 }
                .Select(s => $"{s.Danish()}: {stages.GetValueOrDefault(s)}")), "Igangværende CTI-forløb"),
            .. items,
        ];
    }
}
