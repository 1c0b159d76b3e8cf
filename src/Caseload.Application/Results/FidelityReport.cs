using Caseload.Domain.Results;

namespace Caseload.Application.Results;

/// <summary>One shown figure: its value and score, or "&lt; 5" when built on fewer than five citizens (issue #29 §7).</summary>
public sealed record FidelityCell(double? Value, string Text, int? Score, bool Suppressed)
{
    public static readonly FidelityCell Empty = new(null, "–", null, false);
}

public sealed record TrendPoint(DateOnly Month, FidelityCell Cell);

public sealed record FidelityRow(FidelityItem Item, FidelityCell Total, IReadOnlyList<FidelityCell> Teams, IReadOnlyList<TrendPoint> Trend);

/// <summary>A method's results and fidelity page: items × teams over a period, counts only.</summary>
public sealed record FidelityReport(ResultsPeriod Period, IReadOnlyList<ResultsTeam> Teams, IReadOnlyList<ResultsTeam> TeamChoices,
    Guid? SelectedTeam, IReadOnlyList<FidelityRow> Rows);

/// <summary>The report and, when the period asked for could not be one, why the default is shown instead.</summary>
public sealed record FidelityPage(FidelityReport Report, string? PeriodError);

/// <summary>Builds the cells from the monthly figures and applies the privacy rule in one place.</summary>
public static class FidelityReportBuilder
{
    /// <summary>Fewer citizens than this behind a cell and it shows only "&lt; 5".</summary>
    public const int MinCitizens = 5;
    public const string SuppressedText = "< 5";

    public static IReadOnlyList<FidelityRow> Build(IReadOnlyList<FidelityItem> items, IReadOnlyList<TeamSeries> teams, ResultsPeriod period)
    {
        var combined = teams.Count == 1 ? teams[0] : TeamSeries.Combine(teams, period);
        return items.Select(item =>
        {
            var perTeam = teams.Select(t => Cell(item, item.ForPeriod(t))).ToList();
            var total = Cell(item, item.ForPeriod(combined));
            // A total beside a hidden team cell would give that cell away by subtraction: hide it too.
            if (teams.Count > 1 && perTeam.Any(c => c.Suppressed)) total = Hidden;
            var trend = period.Months.Select(m => new TrendPoint(m, Cell(item, item.ForMonth(combined, m)))).ToList();
            return new FidelityRow(item, total, perTeam, trend);
        }).ToList();
    }

    private static readonly FidelityCell Hidden = new(null, SuppressedText, null, true);

    public static FidelityCell Cell(FidelityItem item, Measure? measure)
    {
        if (measure is not { } m) return new FidelityCell(null, NoData.Text, null, false);
        if (m.Citizens < MinCitizens) return Hidden;
        return m.Value is { } v ? new FidelityCell(v, item.FormatValue(v), item.Score(v), false) : FidelityCell.Empty;
    }
}
