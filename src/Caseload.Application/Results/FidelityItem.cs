using System.Globalization;

namespace Caseload.Application.Results;

/// <summary>A ratio with the number of citizens it is built on (the privacy rule counts those).</summary>
public readonly record struct Measure(double Numerator, double Denominator, long Citizens)
{
    public double? Value => Denominator > 0 ? Numerator / Denominator : null;
}

/// <summary>How an item's value is shown.</summary>
public enum FigureFormat
{
    OneDecimal,
    Percent,
    Whole,
}

/// <summary>
/// One item of a fidelity scale computed from the monthly figures: its value per month and over the period, its target,
/// its 1–5 score with the scale's anchors, and the definition the page links to. A method's engine lists its items
/// (ACT: DACTS); the page and its definitions are shared.
/// </summary>
public sealed record FidelityItem(
    string Code,
    string Name,
    string Unit,
    FigureFormat Format,
    string Target,
    IReadOnlyList<string> Anchors,
    Func<double, int> Score,
    Func<TeamSeries, DateOnly, Measure?> ForMonth,
    Func<TeamSeries, Measure?> ForPeriod,
    FidelityDefinition Definition)
{
    public string Slug => Code.ToLowerInvariant();

    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public string FormatValue(double value) => Format switch
    {
        FigureFormat.Percent => (value * 100).ToString("0", Danish) + " %",
        FigureFormat.Whole => value.ToString("0", Danish),
        _ => value.ToString("0.0", Danish),
    };
}

/// <summary>What the definition page says about an item: how, from what, which scale item, and how it differs from the paper review.</summary>
public sealed record FidelityDefinition(string Scale, string Computation, string Data, string PaperDifference);

/// <summary>An item without data yet (e.g. the team meeting before it exists in the system).</summary>
public static class NoData
{
    public const string Text = "Ingen data endnu";
}
