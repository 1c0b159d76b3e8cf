using System.Globalization;
using Caseload.Application.Results.Reviews;
using Caseload.Web.Hosting;

namespace Caseload.Web.Features.Results.Reviews;

/// <summary>A fidelity review as CSV through the results pages' writer (semicolons, UTF-8 with BOM, no formulas): the
/// same items, values, scores and changes as the page.</summary>
public static class FidelityReviewCsv
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public static byte[] Write(FidelityReviewView v) => ResultsCsv.Write(Rows(v));

    public static IEnumerable<string[]> Rows(FidelityReviewView v)
    {
        var r = v.Review;
        yield return ["Metodetroskabsvurdering", $"{v.Scale.MethodName} ({v.Scale.ScaleName})", v.TeamName];
        yield return ["Vurderet", DanishFormat.Date(r.ReviewedOn)];
        yield return ["Periode", DanishFormat.Date(r.PeriodFrom) + " – " + DanishFormat.Date(r.PeriodTo)];
        yield return ["Sammenlignet med", v.Previous is { } p ? DanishFormat.Date(p.ReviewedOn) : "ingen tidligere vurdering"];
        yield return ["Samlet score", Total(r)];
        yield return ["Gennemsnit", Mean(r.Mean)];
        yield return ["Punkt", "Navn", "Kilde", "Værdi", "Score (1-5)", "Før", "Ændring", "Note"];
        foreach (var c in v.Changes)
            yield return [c.Item.Code, c.Item.Name, c.Item.Computed ? "Beregnet" : "Teamlederens vurdering", c.Item.Value ?? "",
                c.Item.Score?.ToString(CultureInfo.InvariantCulture) ?? "", c.Before?.ToString(CultureInfo.InvariantCulture) ?? "", WithSign(c.Change), c.Item.Note ?? ""];
    }

    public static string Total(Domain.Results.FidelityReview r) => $"{r.Total} af {r.Scored * Domain.Results.FidelityReview.MaxScore} ({r.Scored} punkter med score)";

    public static string Mean(double? mean) => mean is { } m ? m.ToString("0.0", Danish) : "–";

    public static string WithSign(int? change) => change switch { null => "", > 0 => $"+{change}", _ => change.Value.ToString(CultureInfo.InvariantCulture) };
}
