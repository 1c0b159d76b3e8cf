using System.Globalization;
using Caseload.Domain.Teams;

namespace Caseload.Application.Engines;

/// <summary>A method engine's own figures for a reflection day (bilag 1f), across the method's teams over the look-back
/// period: counts only, never a citizen (ADR 0023).</summary>
public interface IReflectionFigures
{
    Method Method { get; }

    Task<IEnumerable<Domain.Implementation.ReflectionFigure>> ForTeamsAsync(IReadOnlyList<Guid> teamIds, DateOnly since, DateOnly today, CancellationToken ct);
}

/// <summary>How the figures are written: one decimal, whole percentages, Danish.</summary>
public static class FigureText
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public static string Number(decimal value) => Math.Round(value, 1).ToString("0.0", Danish);

    public static string Percent(int part, int whole) => (part * 100.0 / whole).ToString("0", Danish) + " %";

    /// <summary>The note beside a figure taken from a results page: which scale, from when, and its target.</summary>
    public static string FromResults(string scale, DateOnly from, string target)
        => $"{scale}, beregnet fra data fra {from.ToString("dd-MM-yyyy", Danish)} · mål: {target}";
}
