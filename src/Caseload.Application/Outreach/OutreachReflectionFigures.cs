using Caseload.Application.Common;
using Caseload.Application.Engines;
using Caseload.Application.Implementation;
using Caseload.Domain.Implementation;
using Caseload.Domain.Common;
using Caseload.Domain.Outreach;
using Caseload.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Outreach;

/// <summary>Outreach's reflection-day figures: the deadlines met in the look-back period, open and closed courses.</summary>
public sealed class OutreachReflectionFigures(IOutreachDbContext db, WorkingDayCalendar calendar) : IReflectionFigures
{
    public Method Method => Method.Outreach;

    public async Task<IEnumerable<ReflectionFigure>> ForTeamsAsync(IReadOnlyList<Guid> teamIds, DateOnly since, DateOnly today, CancellationToken ct)
    {
        var cases = await db.OutreachCases.AsNoTracking().Where(c => teamIds.Contains(c.TeamId) && (c.ClosedOn == null || c.ClosedOn >= since.AddMonths(-OutreachDeadlines.FollowUpToMonths)))
            .Include(c => c.Events).ToListAsync(ct);
        var due = cases.SelectMany(c => OutreachDeadlines.Compute(c, calendar)).Where(d => d.Due >= since && d.Due < today).ToList();
        var met = due.Count(d => d.MetInTime);
        return
        [
            new("Frister i fremskudt sagsbehandling overholdt", due.Count == 0 ? "Ingen frister" : $"{met} af {due.Count} ({FigureText.Percent(met, due.Count)})",
                $"Frister med forfald de seneste {ReflectionFigures.LookBackMonths} måneder"),
            new("Borgere pr. fase", $"Åbne forløb: {cases.Count(c => c.ClosedOn == null)} · Afsluttet det seneste år: {cases.Count(c => c.ClosedOn >= since)}", null),
        ];
    }
}
