using System.Globalization;
using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Results;
using Caseload.Application.Security;
using Caseload.Domain.Common;
using Caseload.Domain.CourseEvents;
using Caseload.Domain.Outreach;
using Caseload.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Outreach;

/// <summary>One outreach figure: its value in total and per team ("&lt; 5" under five courses), its trend per month, and
/// what it means — or "Ingen data" with why.</summary>
public sealed record OutreachFigureRow(string Code, string Name, string Target, string Definition, string Data, string? NoDataBecause,
    SmallCell Total, IReadOnlyList<SmallCell> Teams, IReadOnlyList<TrendPoint> Trend);

/// <summary>Referrals or screenings counted per team and category, under the "&lt; 5" rule (<see cref="SmallCells"/>).</summary>
public sealed record OutreachCountTable(string Code, string Name, string Definition, IReadOnlyList<string> Columns, IReadOnlyList<ShownRow> Rows);

public sealed record OutreachResultsReport(ResultsPeriod Period, IReadOnlyList<ResultsTeam> Teams, IReadOnlyList<ResultsTeam> TeamChoices, Guid? SelectedTeam,
    IReadOnlyList<OutreachFigureRow> Deadlines, IReadOnlyList<OutreachFigureRow> Figures, OutreachCountTable Sources, OutreachCountTable Screenings,
    string? PeriodError);

/// <summary>
/// Outreach's results (issue #29 must-show 4, ADR 0036): deadlines met per step, working days from referral to first
/// contact, information exchanges covered by a consent, follow-up meetings in their window, referrals by source and
/// screenings by target group and decision. Read from the course event log — one query for the teams' per-course events
/// (steps, consents, closings, the referral's decision; a handful per course) and two grouped counts — never the contact
/// log or the engine's rows. Deadlines are derived from the step dates and the working-day calendar as everywhere else
/// (ADR 0014).
/// </summary>
public sealed class OutreachResults(ICaseloadDbContext db, TeamSeriesReader teamsReader, IDanishClock clock, WorkingDayCalendar calendar)
{
    private static readonly string[] CourseTypes = [CourseEventTypes.CourseStarted, CourseEventTypes.OutreachStepDone, CourseEventTypes.OutreachClosed,
        CourseEventTypes.ConsentGiven, CourseEventTypes.ConsentWithdrawn, CourseEventTypes.ReferralDecided];

    /// <summary>Null when the user may see no outreach team, or the team asked for is not one of theirs (404).</summary>
    public async Task<OutreachResultsReport?> ReportAsync(ResultsTeams teams, DateOnly? from, DateOnly? to, CancellationToken ct = default)
    {
        var choices = await teamsReader.TeamsAsync(Method.Outreach, teams.Allowed, ct);
        var shown = teams.Selected is { } id ? choices.Where(t => t.Id == id).ToList() : [.. choices];
        if (shown.Count == 0) return null;
        var asked = ResultsPeriod.Parse(from, to, clock.Today);
        var period = asked ?? ResultsPeriod.LastTwelveMonths(clock.Today);
        var ids = shown.Select(t => t.Id).ToList();

        var courses = OutreachFigures.FactsOf(await EventsAsync(ids, period, ct));
        var (deadlines, figures) = OutreachFigures.Build(shown, courses, period, clock.Today, calendar);
        var sources = await CountsAsync(CourseEventTypes.ReferralReceived, ids, period, ct);
        var screenings = await CountsAsync(CourseEventTypes.ReferralDecided, ids, period, ct);
        return new OutreachResultsReport(period, shown, choices, teams.Selected, deadlines, figures,
            OutreachFigures.SourceTable(shown, sources), OutreachFigures.ScreeningTable(shown, screenings), asked is null ? ResultsPeriod.InvalidMessage : null);
    }

    /// <summary>The outreach courses' events up to the period's end: a handful per course, by the (TeamId, Type, OccurredOn) index.</summary>
    public async Task<IReadOnlyList<OutreachFigures.Ev>> EventsAsync(IReadOnlyList<Guid> teamIds, ResultsPeriod period, CancellationToken ct)
        => await db.CourseEvents.AsNoTracking()
            .Where(e => teamIds.Contains(e.TeamId) && e.Method == Method.Outreach && CourseTypes.Contains(e.Type) && e.CourseId != null && e.OccurredOn <= period.To)
            .Select(e => new OutreachFigures.Ev(e.CourseId!.Value, e.TeamId, e.Type, e.Code, e.ActualOn ?? e.OccurredOn, e.PlannedOn, e.SubjectId))
            .ToListAsync(ct);

    public sealed record Count(Guid TeamId, string? Code, long N);

    /// <summary>Events of one type in the period per team and code: one grouped query.</summary>
    public async Task<IReadOnlyList<Count>> CountsAsync(string type, IReadOnlyList<Guid> teamIds, ResultsPeriod period, CancellationToken ct)
        => await db.CourseEvents.AsNoTracking()
            .Where(e => e.Type == type && teamIds.Contains(e.TeamId) && e.Method == Method.Outreach && e.OccurredOn >= period.From && e.OccurredOn <= period.To)
            .GroupBy(e => new { e.TeamId, e.Code })
            .Select(g => new Count(g.Key.TeamId, g.Key.Code, g.LongCount()))
            .ToListAsync(ct);
}

/// <summary>The outreach figures as pure functions of the per-course events, a period and today (tested at fixed dates).</summary>
public static class OutreachFigures
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    /// <summary>One course event as the figures need it: <paramref name="On"/> is ActualOn (else the Danish date).</summary>
    public sealed record Ev(Guid CourseId, Guid TeamId, string Type, string? Code, DateOnly On, DateOnly? PlannedOn, Guid? SubjectId);

    public sealed record Consent(Guid Id, DateOnly GivenOn, DateOnly? ValidUntil, DateOnly? WithdrawnOn)
    {
        /// <summary>As <see cref="OutreachConsent.IsValidOn"/>: given, not expired, not withdrawn.</summary>
        public bool IsValidOn(DateOnly date) => GivenOn <= date && (ValidUntil is null || date <= ValidUntil) && (WithdrawnOn is null || date < WithdrawnOn);
    }

    /// <summary>What the log says about one outreach course.</summary>
    public sealed record CourseFacts(Guid CourseId, Guid TeamId, DateOnly AllocatedOn, DateOnly? ReceivedOn, DateOnly? ClosedOn,
        IReadOnlyList<(OutreachEvent Event, DateOnly Date)> Steps, IReadOnlyList<Consent> Consents)
    {
        private IReadOnlyList<OutreachDeadline>? _deadlines;

        public DateOnly? First(OutreachEvent e) => Steps.Where(s => s.Event == e).Select(s => (DateOnly?)s.Date).Min();

        /// <summary>The course's deadlines, computed once (the page asks per item and per month). The coordinating meeting's
        /// need is not in the log, so its deadline is not among them.</summary>
        public IReadOnlyList<OutreachDeadline> Deadlines(WorkingDayCalendar calendar)
            => _deadlines ??= OutreachDeadlines.Compute(new OutreachDeadlines.Facts(AllocatedOn, CoordinatingMeetingNeed.NotDecided, ClosedOn, Steps), calendar);
    }

    private static readonly Dictionary<string, OutreachEvent> StepCodes = Enum.GetValues<OutreachEvent>().ToDictionary(e => CourseEventTypes.CodeOf(e), e => e);

    public static IReadOnlyList<CourseFacts> FactsOf(IEnumerable<Ev> events)
        => events.GroupBy(e => e.CourseId)
            .Select(g =>
            {
                var started = g.FirstOrDefault(e => e.Type == CourseEventTypes.CourseStarted);
                if (started is null) return null;
                var withdrawn = g.Where(e => e.Type == CourseEventTypes.ConsentWithdrawn && e.SubjectId is not null)
                    .GroupBy(e => e.SubjectId!.Value).ToDictionary(w => w.Key, w => w.Min(e => e.On));
                return new CourseFacts(g.Key, started.TeamId, started.On,
                    g.FirstOrDefault(e => e.Type == CourseEventTypes.ReferralDecided)?.PlannedOn,
                    g.Where(e => e.Type == CourseEventTypes.OutreachClosed).Select(e => (DateOnly?)e.On).Min(),
                    [.. g.Where(e => e.Type == CourseEventTypes.OutreachStepDone && e.Code is not null && StepCodes.ContainsKey(e.Code)).Select(e => (StepCodes[e.Code!], e.On))],
                    [.. g.Where(e => e.Type == CourseEventTypes.ConsentGiven && e.SubjectId is not null)
                        .Select(e => new Consent(e.SubjectId!.Value, e.On, e.PlannedOn, withdrawn.TryGetValue(e.SubjectId!.Value, out var w) ? w : null))]);
            })
            .OfType<CourseFacts>()
            .ToList();

    /// <summary>An item: per course, its observations within [from, to] as of today (a share: 1 or 0 each; a duration: days).</summary>
    private sealed record Item(string Code, string Name, string Target, string Definition, string Data,
        Func<CourseFacts, DateOnly, DateOnly, DateOnly, WorkingDayCalendar, IEnumerable<double>>? Observe,
        Func<IReadOnlyList<double>, double>? Aggregate, Func<double, int, string>? Format, string? NoData = null);

    private const string StepData = "Hændelserne course.started (visitationen), outreach.step-done (trinnets dato) og outreach.closed i forløbsloggen; arbejdsdage efter kalenderen (mandag–fredag uden helligdage og de lukkedage, kommunen har sat op).";

    private static Item Deadline(DeadlineKind kind, string code, string counted)
        => new(code, kind.Danish(), "100 % overholdt",
            $"Andel af fristerne for trinnet med forfaldsdato i perioden, som er overholdt (trinnet registreret senest på forfaldsdagen). En frist tæller, når den er overholdt eller overskredet; en åben frist, der endnu ikke er forfaldet, tæller ikke. {counted} Et forløb, der blev afsluttet, før trinnet var nået, tæller som overskredet.",
            StepData,
            (c, from, to, today, cal) => c.Deadlines(cal)
                .Where(d => d.Kind == kind && d.Due >= from && d.Due <= to && (d.MetOn is not null || d.Due < today))
                .Select(d => d.MetInTime ? 1.0 : 0.0),
            Mean, Percent);

    private static readonly Item[] DeadlineItems =
    [
        Deadline(DeadlineKind.Contact, "frist-kontakt", "Fristen er 2 arbejdsdage efter visitationen (trin 4)."),
        Deadline(DeadlineKind.FirstMeeting, "frist-foerste-moede", "Fristen er 5 arbejdsdage efter første kontakt (trin 6)."),
        Deadline(DeadlineKind.Advice, "frist-raadgivning", "Fristen er 2 arbejdsdage efter første møde (trin 8)."),
        Deadline(DeadlineKind.NeedsAssessment, "frist-behovsvurdering", "Fristen er samme dato måneden efter første møde (trin 8)."),
        Deadline(DeadlineKind.Minutes, "frist-referat", "Fristen er 5 arbejdsdage efter hvert koordinerende møde (trin 12)."),
        new("frist-koordinerende-moede", DeadlineKind.CoordinatingMeeting.Danish() + " (5 eller 14 arbejdsdage efter første møde)", "100 % overholdt", "", "", null, null, null,
            "Ingen data: om det koordinerende møde er internt (5 arbejdsdage) eller med eksterne parter (14 arbejdsdage), står i FS-forløbet, ikke i forløbsloggen."),
    ];

    private static readonly Item[] OtherItems =
    [
        new("arbejdsdage-median", "Arbejdsdage fra henvendelse til første kontakt (median)", "højst 2–3 arbejdsdage",
            "For hvert forløb med første kontakt i perioden: antallet af arbejdsdage efter den dag, henvendelsen kom, til og med dagen for første kontakt (samme dag = 0). Medianen er den midterste værdi (gennemsnittet af de to midterste ved et lige antal).",
            "Henvendelsens dato fra hændelsen referral.decided og første kontakt fra outreach.step-done (first-contact) i forløbsloggen; arbejdsdage efter kalenderen.",
            (c, from, to, _, cal) => WorkingDaysToFirstContact(c, from, to, cal), Median, Days),
        new("arbejdsdage-p90", "Arbejdsdage fra henvendelse til første kontakt (90. percentil)", "højst 5 arbejdsdage",
            "Som medianen, men den værdi, som 90 % af forløbene ligger på eller under (nærmeste rang: den ⌈0,9·n⌉-te mindste).",
            "Som medianen.", (c, from, to, _, cal) => WorkingDaysToFirstContact(c, from, to, cal), P90, Days),
        new("samtykke", "Udveksling af oplysninger dækket af et samtykke", "100 %",
            "Andel af registreringerne af eksterne oplysninger (trin 7) i perioden, hvor forløbet havde et samtykke, der var givet, ikke udløbet og ikke trukket tilbage den dag. Caseload afviser allerede en registrering uden samtykke, der dækker parten; tallet viser, at det holder — parten selv står ikke i forløbsloggen, så her tjekkes kun, at et gyldigt samtykke fandtes.",
            "Hændelserne outreach.step-done (external-information), consent.given og consent.withdrawn i forløbsloggen.",
            (c, from, to, _, _) => c.Steps.Where(s => s.Event == OutreachEvent.ExternalInformation && s.Date >= from && s.Date <= to)
                .Select(s => c.Consents.Any(k => k.IsValidOn(s.Date)) ? 1.0 : 0.0),
            Mean, Percent),
        new("opfoelgning-efter-afslutning", "Opfølgningsmøde holdt 3–6 måneder efter afslutning", "alle afsluttede forløb",
            "Andel af de afsluttede forløb, hvis vindue (3–6 måneder efter afslutningen) sluttede i perioden, eller hvis opfølgningsmøde blev holdt i perioden, hvor mødet blev holdt inden for vinduet.",
            "Hændelserne outreach.closed og outreach.step-done (follow-up-after-closure) i forløbsloggen.",
            (c, from, to, today, _) => FollowUp(c, from, to, today), Mean, Percent),
    ];

    private static IEnumerable<double> WorkingDaysToFirstContact(CourseFacts c, DateOnly from, DateOnly to, WorkingDayCalendar cal)
        => c.ReceivedOn is { } received && c.First(OutreachEvent.FirstContact) is { } contact && contact >= from && contact <= to
            ? [WorkingDaysBetween(received, contact, cal)]
            : [];

    private static IEnumerable<double> FollowUp(CourseFacts c, DateOnly from, DateOnly to, DateOnly today)
    {
        if (c.ClosedOn is not { } closed) return [];
        var opens = closed.AddMonths(OutreachDeadlines.FollowUpFromMonths);
        var ends = closed.AddMonths(OutreachDeadlines.FollowUpToMonths);
        var held = c.First(OutreachEvent.FollowUpAfterClosure);
        var judged = (ends >= from && ends <= to && ends < today) || (held is { } h && h >= from && h <= to);
        return judged ? [held is { } d && d >= opens && d <= ends ? 1.0 : 0.0] : [];
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/> (the same day: 0).</summary>
    public static int WorkingDaysBetween(DateOnly from, DateOnly to, WorkingDayCalendar calendar)
    {
        var n = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
            if (calendar.IsWorkingDay(d)) n++;
        return n;
    }

    private static double Mean(IReadOnlyList<double> xs) => xs.Average();

    public static double Median(IReadOnlyList<double> xs)
    {
        var s = xs.Order().ToList();
        return s.Count % 2 == 1 ? s[s.Count / 2] : (s[(s.Count / 2) - 1] + s[s.Count / 2]) / 2;
    }

    /// <summary>The 90th percentile by nearest rank.</summary>
    public static double P90(IReadOnlyList<double> xs)
    {
        var s = xs.Order().ToList();
        return s[(int)Math.Ceiling(0.9 * s.Count) - 1];
    }

    private static string Percent(double v, int n) => (v * 100).ToString("0", Danish) + $" % af {n}";

    private static string Days(double v, int n) => v.ToString("0.#", Danish) + $" arbejdsdage ({n} forløb)";

    /// <summary>The rows of the page: the deadlines per step, then the other figures.</summary>
    public static (IReadOnlyList<OutreachFigureRow> Deadlines, IReadOnlyList<OutreachFigureRow> Figures) Build(IReadOnlyList<ResultsTeam> teams,
        IReadOnlyList<CourseFacts> courses, ResultsPeriod period, DateOnly today, WorkingDayCalendar calendar)
        => (DeadlineItems.Select(i => Row(i, teams, courses, period, today, calendar)).ToList(),
            OtherItems.Select(i => Row(i, teams, courses, period, today, calendar)).ToList());

    /// <summary>The raw observations of one figure (by its code) before the privacy rule: for checking against other sources.</summary>
    public static IReadOnlyList<double> Observations(string code, IEnumerable<CourseFacts> courses, DateOnly from, DateOnly to, DateOnly today, WorkingDayCalendar calendar)
    {
        var item = DeadlineItems.Concat(OtherItems).Single(i => i.Code == code);
        return item.Observe is null ? [] : [.. courses.SelectMany(c => item.Observe(c, from, to, today, calendar))];
    }

    private static OutreachFigureRow Row(Item item, IReadOnlyList<ResultsTeam> teams, IReadOnlyList<CourseFacts> courses, ResultsPeriod period,
        DateOnly today, WorkingDayCalendar calendar)
    {
        if (item.Observe is null) return new OutreachFigureRow(item.Code, item.Name, item.Target, item.Definition, item.Data, item.NoData, SmallCell.None, [], []);
        SmallCell Cell(IEnumerable<CourseFacts> cs, DateOnly from, DateOnly to)
        {
            var observed = cs.Select(c => item.Observe(c, from, to, today, calendar).ToList()).Where(o => o.Count > 0).ToList();
            if (observed.Count == 0) return SmallCell.None;
            if (observed.Count < FidelityReportBuilder.MinCitizens) return SmallCell.Suppressed;
            var all = observed.SelectMany(o => o).ToList();
            var value = item.Aggregate!(all);
            return new SmallCell(value, item.Format!(value, all.Count), false);
        }
        var perTeam = teams.Select(t => Cell(courses.Where(c => c.TeamId == t.Id), period.From, period.To)).ToList();
        var total = Cell(courses, period.From, period.To);
        // A total beside a hidden team would give that team away by subtraction: hide it too.
        if (teams.Count > 1 && perTeam.Any(c => c.Hidden)) total = SmallCell.Suppressed;
        var trend = period.Months.Select(m =>
        {
            var last = m.AddMonths(1).AddDays(-1);
            var cell = Cell(courses, m < period.From ? period.From : m, last > period.To ? period.To : last);
            return new TrendPoint(m, new FidelityCell(cell.Value, cell.Text, null, cell.Hidden));
        }).ToList();
        return new OutreachFigureRow(item.Code, item.Name, item.Target, item.Definition, item.Data, null, total, perTeam, trend);
    }

    private static string TeamGroup => Method.Outreach.Danish();

    private static readonly IReadOnlyList<(string Code, string Name)> Sources =
        [.. Enum.GetValues<ReferralSource>().Select(s => (CourseEventTypes.CodeOf(s), s.Danish()))];

    /// <summary>Referrals received in the period per team and source; only the sources that occur are columns.</summary>
    public static OutreachCountTable SourceTable(IReadOnlyList<ResultsTeam> teams, IReadOnlyList<OutreachResults.Count> counts)
    {
        var columns = Sources.Where(s => counts.Any(c => c.Code == s.Code)).ToList();
        return Table("henvendelser", "Henvendelser efter hvem der henvendte sig",
            "Antal henvendelser modtaget i perioden (hændelsen referral.received, dens dato), pr. team og efter hvem der henvendte sig (trin 1).",
            teams, counts, columns);
    }

    private static readonly IReadOnlyList<(string Code, string Name)> Decisions =
    [
        ("group-a:accepted", "Målgruppe A: visiteret"), ("group-a:declined", "Målgruppe A: afvist"),
        ("group-b:accepted", "Målgruppe B: visiteret"), ("group-b:declined", "Målgruppe B: afvist"),
        ("no-group:accepted", "Uden for aldersgrupperne: visiteret"), ("no-group:declined", "Uden for aldersgrupperne: afvist"),
    ];

    /// <summary>Screened referrals decided in the period per team, by target group (age band) and decision.</summary>
    public static OutreachCountTable ScreeningTable(IReadOnlyList<ResultsTeam> teams, IReadOnlyList<OutreachResults.Count> counts)
    {
        var columns = Decisions.Where(d => counts.Any(c => c.Code == d.Code)).ToList();
        return Table("screeninger", "Screeninger efter målgruppe og afgørelse",
            "Antal screenede henvendelser, der blev afgjort i perioden (hændelsen referral.decided, afgørelsens dato), efter målgruppe — A eller B efter alderen ved screeningen og de aldersgrænser, kommunen har sat op — og om borgeren blev visiteret til fremskudt sagsbehandling eller afvist (trin 2–3). Skemaet anbefaler kun; afgørelsen er FS-medarbejdernes.",
            teams, counts, columns);
    }

    private static OutreachCountTable Table(string code, string name, string definition, IReadOnlyList<ResultsTeam> teams,
        IReadOnlyList<OutreachResults.Count> counts, List<(string Code, string Name)> columns)
    {
        var rows = teams.Where(t => teams.Count == 1 || counts.Any(c => c.TeamId == t.Id))
            .Select(t =>
            {
                var mine = counts.Where(c => c.TeamId == t.Id).ToList();
                var per = columns.Select(col => mine.Where(c => c.Code == col.Code).Sum(c => c.N)).ToList();
                return new CountRow(t.Name, TeamGroup, t.Id, false, per.Sum(), per, []);
            }).ToList();
        return new OutreachCountTable(code, name, definition, [.. columns.Select(c => c.Name)], SmallCells.Build(rows, columns.Count, 0));
    }
}
