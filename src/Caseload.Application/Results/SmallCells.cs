using System.Globalization;

namespace Caseload.Application.Results;

/// <summary>A shown count or mean: its text, or "&lt; 5" when it could single out fewer than five citizens.</summary>
public sealed record SmallCell(double? Value, string Text, bool Hidden)
{
    public static readonly SmallCell Suppressed = new(null, FidelityReportBuilder.SuppressedText, true);
    public static readonly SmallCell None = new(null, "–", false);
}

/// <summary>One row of counts before the privacy rule: a team's, or a total over teams.</summary>
/// <param name="Citizens">How many citizens the row is about (the categories sum to it).</param>
/// <param name="Counts">Citizens per category (a band of change, a reason for ending).</param>
/// <param name="Sums">Sums whose mean over <paramref name="Citizens"/> is shown (first score, latest score, change).</param>
public sealed record CountRow(string Label, string Group, Guid? TeamId, bool IsTotal, long Citizens, IReadOnlyList<long> Counts, IReadOnlyList<double> Sums)
{
    public static CountRow Total(string label, string group, IReadOnlyList<CountRow> parts, int counts, int sums) => new(label, group, null, true,
        parts.Sum(p => p.Citizens),
        Enumerable.Range(0, counts).Select(i => parts.Sum(p => p.Counts[i])).ToList(),
        Enumerable.Range(0, sums).Select(i => parts.Sum(p => p.Sums[i])).ToList());
}

/// <summary>A row after the privacy rule: the number of citizens, each category's count with its share, and the means.</summary>
public sealed record ShownRow(string Label, string Group, Guid? TeamId, bool IsTotal, SmallCell Citizens, IReadOnlyList<SmallCell> Counts,
    IReadOnlyList<SmallCell> Shares, IReadOnlyList<SmallCell> Means);

/// <summary>
/// The privacy rule for tables of counts across teams (issue #29 §7), in one place. A count under five shows "&lt; 5";
/// so that no hidden count can be worked out by subtraction:
/// <list type="bullet">
/// <item>in a row whose categories sum to its shown number of citizens, a single hidden category takes the next smallest
/// with it (two unknowns, one equation);</item>
/// <item>a total row shows its categories only when none of the rows it sums has a hidden category, and its number of
/// citizens and means only when none of them has a hidden number — so no column can be subtracted either.</item>
/// </list>
/// </summary>
public static class SmallCells
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    /// <summary>Team rows (grouped, e.g. by method) each followed by their group's total, and an overall total when there is
    /// more than one group. With one team alone, just its row.</summary>
    /// <param name="withSign">The means shown with a sign (a change).</param>
    public static IReadOnlyList<ShownRow> Build(IReadOnlyList<CountRow> teams, int counts, int sums, IReadOnlySet<int>? withSign = null, string overallLabel = "Alle")
    {
        withSign ??= new HashSet<int>();
        var shown = new List<ShownRow>();
        var groups = teams.GroupBy(t => t.Group).ToList();
        foreach (var g in groups)
        {
            var rows = g.Select(t => Team(t, withSign)).ToList();
            shown.AddRange(rows);
            if (rows.Count > 1) shown.Add(TotalOf(CountRow.Total("I alt, " + g.Key, g.Key, [.. g], counts, sums), rows, withSign));
        }
        if (groups.Count > 1)
        {
            var all = shown.Where(r => !r.IsTotal).ToList();
            shown.Add(TotalOf(CountRow.Total(overallLabel, "", teams, counts, sums), all, withSign));
        }
        return shown;
    }

    public static string Count(long n) => n.ToString("#,0", Danish);

    private static bool Small(long n) => n < FidelityReportBuilder.MinCitizens;

    private static ShownRow Team(CountRow row, IReadOnlySet<int> withSign)
    {
        var hiddenN = Small(row.Citizens);
        var hidden = row.Counts.Select(c => hiddenN || Small(c)).ToArray();
        Complement(row.Counts, hidden);
        return Shown(row, hiddenN, hidden, withSign);
    }

    private static ShownRow TotalOf(CountRow total, IReadOnlyList<ShownRow> parts, IReadOnlySet<int> withSign)
    {
        var hiddenN = Small(total.Citizens) || parts.Any(p => p.Citizens.Hidden);
        var anyHidden = parts.Any(p => p.Counts.Any(c => c.Hidden));
        var hidden = total.Counts.Select(c => hiddenN || anyHidden || Small(c)).ToArray();
        Complement(total.Counts, hidden);
        return Shown(total, hiddenN, hidden, withSign);
    }

    /// <summary>A single hidden category beside a shown total: hide the next smallest too.</summary>
    private static void Complement(IReadOnlyList<long> counts, bool[] hidden)
    {
        if (hidden.Count(h => h) != 1 || counts.Count < 2) return;
        var next = Enumerable.Range(0, counts.Count).Where(i => !hidden[i]).OrderBy(i => counts[i]).First();
        hidden[next] = true;
    }

    private static ShownRow Shown(CountRow row, bool hiddenN, bool[] hidden, IReadOnlySet<int> withSign)
    {
        var n = row.Citizens;
        return new ShownRow(row.Label, row.Group, row.TeamId, row.IsTotal,
            hiddenN ? SmallCell.Suppressed : new SmallCell(n, Count(n), false),
            row.Counts.Select((c, i) => hidden[i] ? SmallCell.Suppressed : new SmallCell(c, Count(c), false)).ToList(),
            row.Counts.Select((c, i) => hidden[i] ? SmallCell.Suppressed : n == 0 ? SmallCell.None
                : new SmallCell(c / (double)n, (100.0 * c / n).ToString("0", Danish) + " %", false)).ToList(),
            row.Sums.Select((s, i) => hiddenN ? SmallCell.Suppressed : n == 0 ? SmallCell.None
                : new SmallCell(s / n, (s / n).ToString(withSign.Contains(i) ? "+0.0;−0.0;0.0" : "0.0", Danish), false)).ToList());
    }
}
