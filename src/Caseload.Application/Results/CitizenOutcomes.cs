using Caseload.Application.Auditing;
using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.CourseEvents;
using Caseload.Application.Security;
using Caseload.Domain.Auditing;
using Caseload.Domain.CourseEvents;
using Caseload.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Results;

/// <summary>A measurement instrument whose change from a course's first to its latest measurement the results show.</summary>
/// <param name="Code">The instrument's prefix in <c>measurement.taken</c>'s code (<c>who5:start</c>).</param>
/// <param name="MeaningfulChange">A change of at least this many points, up or down, counts as meaningful.</param>
public sealed record OutcomeInstrument(string Code, string Name, string Scale, int MeaningfulChange, string Definition);

/// <summary>The instruments the course event log carries a score for today.</summary>
public static class OutcomeInstruments
{
    public static readonly OutcomeInstrument Who5 = new("who5", "WHO-5 Trivselsindeks", "0–100", 10,
        "WHO-5 (Per Bech) måler trivsel de sidste 2 uger på en skala fra 0 til 100. En ændring på 10 point eller mere regnes som betydningsfuld.");

    public static readonly IReadOnlyList<OutcomeInstrument> All = [Who5];

    /// <summary>The bands of change: worse, unchanged, better (by the instrument's meaningful change).</summary>
    public static readonly IReadOnlyList<string> Bands = ["worse", "unchanged", "better"];

    public static string BandName(string band, OutcomeInstrument i) => band switch
    {
        "worse" => $"Dårligere (mindst {i.MeaningfulChange} point ned)",
        "better" => $"Bedre (mindst {i.MeaningfulChange} point op)",
        _ => "Uændret",
    };

    public static int BandOf(int change, OutcomeInstrument i) => change <= -i.MeaningfulChange ? 0 : change >= i.MeaningfulChange ? 2 : 1;
}

/// <summary>One instrument's table: per team (by method) the citizens measured twice or more, the mean first, latest and
/// change, and how many got better, stayed, got worse.</summary>
public sealed record InstrumentOutcome(OutcomeInstrument Instrument, IReadOnlyList<string> BandNames, IReadOnlyList<ShownRow> Rows);

/// <summary>CTI courses ended in the period: completed, or interrupted by reason, per team.</summary>
public sealed record EndingsTable(IReadOnlyList<string> Columns, IReadOnlyList<ShownRow> Rows);

public sealed record OutcomeTeam(Guid Id, string Name, Method Method);

public sealed record CitizenOutcomeReport(ResultsPeriod Period, IReadOnlyList<OutcomeTeam> Teams, IReadOnlyList<OutcomeTeam> TeamChoices, Guid? SelectedTeam,
    IReadOnlyList<InstrumentOutcome> Instruments, EndingsTable CtiEndings, IReadOnlyList<Guid> LedTeams, string? PeriodError);

/// <summary>The citizens behind one figure of a team the user leads (names only; the read is audited).</summary>
public sealed record OutcomeList(string Team, string Figure, ResultsPeriod Period, IReadOnlyList<OutcomeListRow> Citizens);

public sealed record OutcomeListRow(Guid CitizenId, string Name, int First, int Latest, DateOnly FirstOn, DateOnly LatestOn);

/// <summary>
/// Results for citizens (issue #29 must-show 6): per instrument the change from a course's first to its latest measurement,
/// and CTI courses completed or interrupted by reason — by method and team, counts only, under the "&lt; 5" rule
/// (<see cref="SmallCells"/>). Read from the course event log's small per-course events (a handful of measurements and one
/// ending per course; the (TeamId, Type, OccurredOn) index), never from the contact log: three queries at any size.
/// </summary>
public sealed class CitizenOutcomes(ICaseloadDbContext db, IAccessScope scope, IDanishClock clock, IAuditLog audit)
{
    /// <summary>Sums shown as means: first score, latest score, change (the last with a sign).</summary>
    private static readonly HashSet<int> Signed = [2];

    /// <summary>Null when the user may see no team (a 404).</summary>
    public async Task<CitizenOutcomeReport?> ReportAsync(ResultsTeams teams, DateOnly? from, DateOnly? to, CancellationToken ct = default)
    {
        var choices = await db.Teams.AsNoTracking().Where(t => teams.Allowed == null || teams.Allowed.Contains(t.Id))
            .OrderBy(t => t.Method).ThenBy(t => t.Name).Select(t => new OutcomeTeam(t.Id, t.Name, t.Method)).ToListAsync(ct);
        if (choices.Count == 0) return null;
        var shown = teams.Selected is { } id ? choices.Where(t => t.Id == id).ToList() : choices;
        if (shown.Count == 0) return null;
        var asked = ResultsPeriod.Parse(from, to, clock.Today);
        var period = asked ?? ResultsPeriod.LastTwelveMonths(clock.Today);
        var ids = shown.Select(t => t.Id).ToList();

        var measured = await MeasurementsAsync(ids, period, ct);
        var instruments = OutcomeInstruments.All.Select(i => new InstrumentOutcome(i,
            OutcomeInstruments.Bands.Select(b => OutcomeInstruments.BandName(b, i)).ToList(),
            SmallCells.Build(shown.Select(t => Who5Row(t, measured.Where(c => c.Instrument == i.Code && c.TeamId == t.Id).ToList(), i))
                .Where(r => r.Citizens > 0 || teams.Selected is not null).ToList(), OutcomeInstruments.Bands.Count, 3, Signed))).ToList();

        var endings = await EndingsAsync(ids, period, ct);
        var codes = endings.Select(e => e.Code ?? "interrupted").Distinct().OrderBy(c => c == CompletedCode ? "" : c, StringComparer.Ordinal).ToList();
        if (!codes.Contains(CompletedCode)) codes.Insert(0, CompletedCode);
        var endingRows = shown.Where(t => endings.Any(e => e.TeamId == t.Id))
            .Select(t => new CountRow(t.Name, MethodName(t.Method), t.Id, false, endings.Where(e => e.TeamId == t.Id).Sum(e => e.Count),
                codes.Select(c => endings.Where(e => e.TeamId == t.Id && (e.Code ?? "interrupted") == c).Sum(e => e.Count)).ToList(), []))
            .ToList();
        var ctiEndings = new EndingsTable(codes.Select(EndingName).ToList(), SmallCells.Build(endingRows, codes.Count, 0));

        return new CitizenOutcomeReport(period, shown, choices, teams.Selected, instruments, ctiEndings, await scope.LedTeamIdsAsync(ct),
            asked is null ? ResultsPeriod.InvalidMessage : null);
    }

    public const string CompletedCode = "completed";

    public sealed record Ending(Guid TeamId, string? Code, long Count);

    /// <summary>CTI courses ended in the period per team and outcome code: one grouped query over the ending events.</summary>
    public async Task<IReadOnlyList<Ending>> EndingsAsync(IReadOnlyList<Guid> teamIds, ResultsPeriod period, CancellationToken ct)
        => await db.CourseEvents.AsNoTracking()
            .Where(e => e.Type == CourseEventTypes.CtiEnded && teamIds.Contains(e.TeamId) && e.OccurredOn >= period.From && e.OccurredOn <= period.To)
            .GroupBy(e => new { e.TeamId, e.Code })
            .Select(g => new Ending(g.Key.TeamId, g.Key.Code, g.LongCount()))
            .ToListAsync(ct);

    private static string EndingName(string code) => code switch
    {
        CompletedCode => "Gennemført",
        "interrupted" => "Afbrudt: uden årsag",
        "other" => "Afbrudt: anden årsag",
        _ => TimelineText.Detail(CourseEventTypes.CtiEnded, code, null, null, null) ?? code,
    };

    private static string MethodName(Method method) => method.Danish();

    private static CountRow Who5Row(OutcomeTeam team, List<CourseChange> changes, OutcomeInstrument i)
    {
        var bands = new long[OutcomeInstruments.Bands.Count];
        foreach (var c in changes) bands[OutcomeInstruments.BandOf(c.Latest - c.First, i)]++;
        return new CountRow(team.Name, MethodName(team.Method), team.Id, false, changes.Count, bands,
            [changes.Sum(c => (double)c.First), changes.Sum(c => (double)c.Latest), changes.Sum(c => (double)(c.Latest - c.First))]);
    }

    /// <summary>A course's first and latest score on an instrument, the latest within the period.</summary>
    public sealed record CourseChange(Guid CourseId, Guid CitizenId, Guid TeamId, Method Method, string Instrument, int First, DateOnly FirstOn, int Latest, DateOnly LatestOn);

    /// <summary>Every course of the teams with two or more measurements on an instrument and its latest one in the period:
    /// one query over the courses' measurement events (a handful per course).</summary>
    public async Task<IReadOnlyList<CourseChange>> MeasurementsAsync(IReadOnlyList<Guid> teamIds, ResultsPeriod period, CancellationToken ct)
    {
        var rows = await db.CourseEvents.AsNoTracking()
            .Where(e => e.Type == CourseEventTypes.MeasurementTaken && teamIds.Contains(e.TeamId) && e.OccurredOn <= period.To
                        && e.CourseId != null && e.Number != null && e.Code != null)
            .Select(e => new { e.CourseId, e.CitizenId, e.TeamId, e.Method, e.Code, e.OccurredOn, e.Sequence, e.Number })
            .ToListAsync(ct);
        return rows
            .Select(r => (Row: r, Instrument: r.Code!.Split(':')[0]))
            .Where(r => OutcomeInstruments.All.Any(i => i.Code == r.Instrument))
            .GroupBy(r => (r.Row.CourseId!.Value, r.Instrument))
            .Select(g => g.OrderBy(r => r.Row.OccurredOn).ThenBy(r => r.Row.Sequence).Select(r => r.Row).ToList())
            .Where(list => list.Count >= 2 && list[^1].OccurredOn >= period.From)
            .Select(list => new CourseChange(list[0].CourseId!.Value, list[^1].CitizenId, list[^1].TeamId, list[^1].Method, list[0].Code!.Split(':')[0],
                list[0].Number!.Value, list[0].OccurredOn, list[^1].Number!.Value, list[^1].OccurredOn))
            .ToList();
    }

    /// <summary>The citizens behind one band of an instrument in a team the user leads (must-show 7): names, first and latest
    /// score. Each citizen listed is audited as read, in one write. Null for an unknown instrument or band.</summary>
    public async Task<OutcomeList?> ListAsync(LedTeam team, string instrument, string band, DateOnly? from, DateOnly? to, CancellationToken ct = default)
    {
        var i = OutcomeInstruments.All.FirstOrDefault(x => x.Code == instrument);
        var b = OutcomeInstruments.Bands.ToList().IndexOf(band);
        if (i is null || b < 0) return null;
        var period = ResultsPeriod.Parse(from, to, clock.Today) ?? ResultsPeriod.LastTwelveMonths(clock.Today);
        var name = await db.Teams.AsNoTracking().Where(t => t.Id == team.Id).Select(t => t.Name).FirstAsync(ct);
        var changes = (await MeasurementsAsync([team.Id], period, ct))
            .Where(c => c.Instrument == i.Code && OutcomeInstruments.BandOf(c.Latest - c.First, i) == b).ToList();
        var citizenIds = changes.Select(c => c.CitizenId).Distinct().ToList();
        // Through the scope: only the team's own citizens are named.
        var names = await (await scope.CitizensAsync(ct)).AsNoTracking()
            .Where(c => citizenIds.Contains(c.Id) && c.TeamId == team.Id)
            .Select(c => new { c.Id, c.Name }).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var rows = changes.Where(c => names.ContainsKey(c.CitizenId))
            .Select(c => new OutcomeListRow(c.CitizenId, names[c.CitizenId], c.First, c.Latest, c.FirstOn, c.LatestOn))
            .OrderBy(r => r.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("da-DK"), false)).ToList();
        var figure = $"{i.Name}: {OutcomeInstruments.BandName(band, i)}";
        await audit.RecordManyAsync(AuditAction.Viewed, AuditNames.Citizen, rows.Select(r => r.CitizenId).Distinct().ToList(),
            System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { [Citizens.CitizenQueries.ViewedDocumentKey] = "Borgerresultater: " + figure }), ct);
        return new OutcomeList(name, figure, period, rows);
    }
}
