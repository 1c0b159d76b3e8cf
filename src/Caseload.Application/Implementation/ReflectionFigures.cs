using System.Globalization;
using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Cti;
using Caseload.Application.Teams;
using Caseload.Domain.Common;
using Caseload.Domain.Cti;
using Caseload.Domain.Implementation;
using Caseload.Domain.Outreach;
using Caseload.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Implementation;

/// <summary>
/// The figures a reflection day brings (bilag 1f, "documentation to bring"), counted across the teams of the project's
/// method: caseload per FTE, and by method the CTI transitions on time and citizens per phase, or the outreach deadlines
/// met in the last year. Counts only, never a citizen. Made once per reflection day, so its cost (the method's teams'
/// courses) is paid once, not per page view.
/// </summary>
public sealed class ReflectionFigures(ICaseloadDbContext db, TeamFigures teams, IDanishClock clock, WorkingDayCalendar calendar)
{
    public const int LookBackMonths = 12;
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

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
        if (method == Method.Cti) figures.AddRange(await CtiAsync(ids, since, ct));
        if (method == Method.Outreach) figures.AddRange(await OutreachAsync(ids, since, today, ct));
        return figures;
    }

    private async Task<IEnumerable<ReflectionFigure>> CtiAsync(List<Guid> teamIds, DateOnly since, CancellationToken ct)
    {
        var transitions = await db.CtiTransitions.AsNoTracking().Where(t => t.Date >= since && db.CtiCourses.Any(c => c.Id == t.CtiCourseId && teamIds.Contains(c.TeamId)))
            .GroupBy(t => t.OffPlan).Select(g => new { OffPlan = g.Key, Count = g.Count() }).ToListAsync(ct);
        var total = transitions.Sum(t => t.Count);
        var onTime = transitions.Where(t => !t.OffPlan).Sum(t => t.Count);
        var stages = await db.CtiCourses.AsNoTracking().Running().Where(c => teamIds.Contains(c.TeamId))
            .GroupBy(c => c.Stage).Select(g => new { Stage = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Stage, g => g.Count, ct);
        return
        [
            new("CTI-overgange til tiden", total == 0 ? "Ingen overgange" : $"{onTime} af {total} ({Percent(onTime, total)})",
                $"Overgange de seneste {LookBackMonths} måneder inden for {CtiCourse.ToleranceDays} dage af planen"),
            new("Borgere pr. fase", string.Join(" · ", new[] { CtiStage.ContactPeriod, CtiStage.Phase1, CtiStage.Phase2, CtiStage.Phase3 }
                .Select(s => $"{s.Danish()}: {stages.GetValueOrDefault(s)}")), "Igangværende CTI-forløb"),
        ];
    }

    private async Task<IEnumerable<ReflectionFigure>> OutreachAsync(List<Guid> teamIds, DateOnly since, DateOnly today, CancellationToken ct)
    {
        var cases = await db.OutreachCases.AsNoTracking().Where(c => teamIds.Contains(c.TeamId) && (c.ClosedOn == null || c.ClosedOn >= since.AddMonths(-OutreachDeadlines.FollowUpToMonths)))
            .Include(c => c.Events).ToListAsync(ct);
        var due = cases.SelectMany(c => OutreachDeadlines.Compute(c, calendar)).Where(d => d.Due >= since && d.Due < today).ToList();
        var met = due.Count(d => d.MetInTime);
        return
        [
            new("Frister i fremskudt sagsbehandling overholdt", due.Count == 0 ? "Ingen frister" : $"{met} af {due.Count} ({Percent(met, due.Count)})",
                $"Frister med forfald de seneste {LookBackMonths} måneder"),
            new("Borgere pr. fase", $"Åbne forløb: {cases.Count(c => c.ClosedOn == null)} · Afsluttet det seneste år: {cases.Count(c => c.ClosedOn >= since)}", null),
        ];
    }

    private static string Number(decimal value) => Math.Round(value, 1).ToString("0.0", Danish);

    private static string Percent(int part, int whole) => (part * 100.0 / whole).ToString("0", Danish) + " %";
}
