using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Html;

namespace Caseload.Web.Features.Shared;

/// <summary>
/// Days since the last achieved contact, with a text flag (not colour alone) at 14 and 30 days. A plain
/// function rather than a partial view: the board renders it once per citizen, and a partial per row cost more
/// than the rest of the row (bench/README.md).
/// </summary>
public static class DaysSince
{
    public static IHtmlContent Badge(int? days) => new HtmlString(days switch
    {
        null => "<span class=\"badge text-bg-danger\">⚠ Aldrig</span>",
        >= 30 => $"<span class=\"badge text-bg-danger\">⚠ {Number(days.Value)} dage – over 30</span>",
        >= 14 => $"<span class=\"badge text-bg-warning\">! {Number(days.Value)} dage – over 14</span>",
        _ => $"<span>{Number(days.Value)} {(days == 1 ? "dag" : "dage")}</span>",
    });

    private static string Number(int value) => WebUtility.HtmlEncode(value.ToString(CultureInfo.InvariantCulture));
}
