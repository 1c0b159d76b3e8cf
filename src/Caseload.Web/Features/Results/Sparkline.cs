using System.Globalization;
using System.Net;
using System.Text;
using Caseload.Application.Results;
using Microsoft.AspNetCore.Html;

namespace Caseload.Web.Features.Results;

/// <summary>A small trend line drawn on the server (no script, prints as it shows). The SVG carries its numbers as
/// its accessible name; a hidden month is a gap, not a zero.</summary>
public static class Sparkline
{
    public const int Width = 160;
    public const int Height = 36;
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public static string MonthName(DateOnly month) => month.ToString("MMM yyyy", Danish);

    /// <summary>"jan. 2026: 2,3; feb. 2026: &lt; 5; …" — the text alternative of the line.</summary>
    public static string Text(IReadOnlyList<TrendPoint> points)
        => string.Join("; ", points.Select(p => $"{MonthName(p.Month)}: {p.Cell.Text}"));

    public static IHtmlContent Svg(string label, IReadOnlyList<TrendPoint> points)
    {
        var values = points.Select(p => p.Cell.Suppressed ? null : p.Cell.Value).ToList();
        var shown = values.Where(v => v is not null).Select(v => v!.Value).ToList();
        var svg = new StringBuilder();
        var name = WebUtility.HtmlEncode($"{label}, udvikling pr. måned: {Text(points)}");
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"sparkline\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{name}\">");
        if (shown.Count > 0)
        {
            var max = Math.Max(shown.Max(), 1e-9);
            var step = points.Count > 1 ? (Width - 4.0) / (points.Count - 1) : 0;
            var segment = new List<string>();
            void Flush()
            {
                if (segment.Count > 1) svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\" points=\"{string.Join(' ', segment)}\"/>");
                else if (segment.Count == 1)
                {
                    var xy = segment[0].Split(',');
                    svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{xy[0]}\" cy=\"{xy[1]}\" r=\"2\" fill=\"currentColor\"/>");
                }
                segment.Clear();
            }
            for (var i = 0; i < values.Count; i++)
            {
                if (values[i] is not { } v) { Flush(); continue; }
                var x = 2 + (i * step);
                var y = Height - 3 - ((Height - 6) * v / max);
                segment.Add(string.Create(CultureInfo.InvariantCulture, $"{x:0.#},{y:0.#}"));
            }
            Flush();
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }
}
