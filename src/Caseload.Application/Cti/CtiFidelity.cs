using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Results;
using Caseload.Application.Security;
using Caseload.Domain.CourseEvents;
using Caseload.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Cti;

/// <summary>One CTI fidelity item: a share of courses per team and in total, or "Ingen data" with why.</summary>
public sealed record CtiFidelityRow(string Name, string Target, string Definition, string? NoDataBecause, SmallCell Total, IReadOnlyList<SmallCell> Teams);

public sealed record CtiFidelityReport(ResultsPeriod Period, IReadOnlyList<ResultsTeam> Teams, IReadOnlyList<CtiFidelityRow> Rows, string? PeriodError);

/// <summary>
/// The CTI fidelity items the course event log can show (issue #29 must-show 3), computed per course from its few events
/// (phase transitions, the ending, measurements, plan goals, handover meetings) — one query, never the contact log. Items
/// the data cannot show say so, with why. A share built on fewer than five courses shows "&lt; 5", and the total is hidden
/// beside a hidden team.
/// </summary>
public sealed class CtiFidelity(ICaseloadDbContext db, TeamSeriesReader teamsReader, IDanishClock clock)
{
    private static readonly string[] Types = [CourseEventTypes.CtiPhaseEntered, CourseEventTypes.CtiEnded, CourseEventTypes.MeasurementTaken,
        CourseEventTypes.PlanGoalAdded, CourseEventTypes.MeetingHeld];

    private static readonly string[] FourPoints = ["who5:start", "who5:three-months", "who5:six-months", "who5:end"];

    private sealed record Ev(Guid CourseId, Guid TeamId, string Type, string? Code, DateOnly On, bool? Flag);

    private sealed record Item(string Name, string Target, string Definition, Func<List<Ev>, DateOnly, DateOnly, bool?>? Holds, string? NoData = null);

    private static readonly Item[] Items =
    [
        new("Faseskift til tiden (±14 dage)", "alle faseskift og afslutninger inden for 14 dage af planen",
            "Andel af forløb med et faseskift eller en afslutning i perioden, hvor alle periodens faseskift lå højst 14 dage fra planens dato (hændelserne cti.phase-entered og cti.ended, markeret 'uden for plan').",
            (e, from, to) => e.Any(x => x.Type is CourseEventTypes.CtiPhaseEntered or CourseEventTypes.CtiEnded && x.On >= from && x.On <= to)
                ? e.Where(x => x.Type is CourseEventTypes.CtiPhaseEntered or CourseEventTypes.CtiEnded && x.On >= from && x.On <= to).All(x => x.Flag != true) : null),
        new("Forløb inden for 9 måneder", "gennemførte forløb højst 9 måneder (+14 dage) fra fase 1",
            "Andel af de forløb, der blev gennemført i perioden, hvor afslutningen lå højst 9 måneder og 14 dage efter starten af fase 1.",
            (e, from, to) => Completed(e, from, to) is { } end && e.FirstOrDefault(x => x.Type == CourseEventTypes.CtiPhaseEntered && x.Code == "phase-1") is { } p1
                ? end.On <= p1.On.AddMonths(9).AddDays(14) : null),
        new("Målinger ved de fire tidspunkter", "start, 3 og 6 måneder og afslutning",
            "Andel af de forløb, der blev gennemført i perioden, med en WHO-5-måling ved alle fire tidspunkter (hændelsen measurement.taken).",
            (e, from, to) => Completed(e, from, to) is not null ? FourPoints.All(p => e.Any(x => x.Type == CourseEventTypes.MeasurementTaken && x.Code == p)) : null),
        new("Overdragelsesmøde senest en måned før afslutning", "holdt senest en måned før forløbets afslutning",
            "Andel af de forløb, der blev gennemført i perioden, med et overdragelsesmøde (meeting.held, art cti-handover) senest en måned før afslutningen.",
            (e, from, to) => Completed(e, from, to) is { } end
                ? e.Any(x => x.Type == CourseEventTypes.MeetingHeld && x.Code == "cti-handover" && x.On <= end.On.AddMonths(-1)) : null),
        new("2–3 mål i den langsigtede plan", "2–3 mål",
            "Andel af forløb i fase 1 eller senere i perioden, hvis plan har 2 eller 3 mål (hændelsen plan.goal-added).",
            (e, from, to) => e.Any(x => x.Type == CourseEventTypes.CtiPhaseEntered && x.On <= to) && !e.Any(x => x.Type == CourseEventTypes.CtiEnded && x.On < from)
                ? e.Count(x => x.Type == CourseEventTypes.PlanGoalAdded) is >= 2 and <= 3 : null),
        new("Kontakt før indflytning (kontaktskabelse)", "kontakt og første møde før indflytning", "", null,
            "Ingen data: kontaktperiodens møder ligger i kontaktloggen, som resultaterne ikke læser pr. visning, og forløbsloggen har endnu ingen hændelse for 'kontakt opnået før indflytning'."),
        new("Aftagende intensitet (4 : 2 : 1)", "kontakter pr. fase i forholdet 4 : 2 : 1", "", null,
            "Ingen data: kontakterne tælles pr. team og måned (ADR 0031), ikke pr. forløb og fase; det kræver et nyt månedstal pr. fase."),
        new("Møder i nærmiljøet i fase 1 med borger og støttepersoner", "", "", null,
            "Ingen data: hvem der deltog i et møde ud over medarbejderne, står kun som fritekst."),
        new("Faseskift med udfyldt tjekliste", "alle punkter afklaret", "", null,
            "Ingen data: tjeklisten gemmes i CTI-forløbet, og forløbsloggen bærer ikke, om den var udfyldt."),
    ];

    private static Ev? Completed(List<Ev> e, DateOnly from, DateOnly to)
        => e.FirstOrDefault(x => x.Type == CourseEventTypes.CtiEnded && x.Code == "completed" && x.On >= from && x.On <= to);

    /// <summary>Null when the user may see no CTI team (404).</summary>
    public async Task<CtiFidelityReport?> ReportAsync(ResultsTeams teams, DateOnly? from, DateOnly? to, CancellationToken ct = default)
    {
        var choices = await teamsReader.TeamsAsync(Method.Cti, teams.Allowed, ct);
        var shown = teams.Selected is { } id ? choices.Where(t => t.Id == id).ToList() : [.. choices];
        if (shown.Count == 0) return null;
        var asked = ResultsPeriod.Parse(from, to, clock.Today);
        var period = asked ?? ResultsPeriod.LastTwelveMonths(clock.Today);
        var rows = await RowsAsync(shown, period, ct);
        return new CtiFidelityReport(period, shown, rows, asked is null ? ResultsPeriod.InvalidMessage : null);
    }

    /// <summary>The items for these teams over the period: the page, and the reflection day's sheet (the same numbers).</summary>
    public async Task<IReadOnlyList<CtiFidelityRow>> RowsAsync(IReadOnlyList<ResultsTeam> shown, ResultsPeriod period, CancellationToken ct = default)
    {
        var ids = shown.Select(t => t.Id).ToList();
        var events = await db.CourseEvents.AsNoTracking()
            .Where(e => ids.Contains(e.TeamId) && e.Method == Method.Cti && Types.Contains(e.Type) && e.CourseId != null && e.OccurredOn <= period.To)
            .Select(e => new Ev(e.CourseId!.Value, e.TeamId, e.Type, e.Code, e.ActualOn ?? e.OccurredOn, e.Flag))
            .ToListAsync(ct);
        var courses = events.GroupBy(e => e.CourseId).Select(g => (Team: g.First().TeamId, Events: g.OrderBy(x => x.On).ToList())).ToList();
        return Items.Select(item =>
        {
            if (item.Holds is null) return new CtiFidelityRow(item.Name, item.Target, item.Definition, item.NoData, SmallCell.None, []);
            var perTeam = shown.Select(t => Share(courses.Where(c => c.Team == t.Id).Select(c => item.Holds(c.Events, period.From, period.To)))).ToList();
            var total = Share(courses.Select(c => item.Holds(c.Events, period.From, period.To)));
            if (shown.Count > 1 && perTeam.Any(c => c.Hidden)) total = SmallCell.Suppressed;
            return new CtiFidelityRow(item.Name, item.Target, item.Definition, null, total, perTeam);
        }).ToList();
    }

    private static SmallCell Share(IEnumerable<bool?> holds)
    {
        var judged = holds.Where(h => h is not null).ToList();
        if (judged.Count == 0) return SmallCell.None;
        if (judged.Count < FidelityReportBuilder.MinCitizens) return SmallCell.Suppressed;
        var share = judged.Count(h => h == true) / (double)judged.Count;
        return new SmallCell(share, (share * 100).ToString("0", System.Globalization.CultureInfo.GetCultureInfo("da-DK")) + $" % af {judged.Count}", false);
    }
}
