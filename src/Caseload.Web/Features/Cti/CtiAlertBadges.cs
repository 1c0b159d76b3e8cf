using Caseload.Domain.Cti;
using Microsoft.AspNetCore.Html;

namespace Caseload.Web.Features.Cti;

/// <summary>
/// The markers of a CTI course: a symbol and words, never colour alone. A plain function rather than a partial
/// view, as <see cref="Shared.DaysSince"/>: the phase board renders it once per course (bench/README.md).
/// </summary>
public static class CtiAlertBadges
{
    private static readonly HtmlString Overdue = new("<span class=\"badge text-bg-danger me-1\">⚠ Overgang overskredet</span>");
    private static readonly HtmlString Missing = new("<span class=\"badge text-bg-warning me-1\">▲ Måling mangler</span>");
    private static readonly HtmlString Unbooked = new("<span class=\"badge text-bg-warning me-1\">✉ Overdragelsesmøde ikke booket</span>");
    private static readonly HtmlString MeetingOverdue = new("<span class=\"badge text-bg-danger me-1\">⚠ Overdragelsesmøde overskredet</span>");

    public static IHtmlContent For(CtiAlerts alerts)
    {
        if (!alerts.Any) return HtmlString.Empty;
        var html = new HtmlContentBuilder(4);
        if (alerts.TransitionOverdue) html.AppendHtml(Overdue);
        if (alerts.MeasurementMissing) html.AppendHtml(Missing);
        if (alerts.HandoverMeetingUnbooked) html.AppendHtml(Unbooked);
        if (alerts.HandoverMeetingOverdue) html.AppendHtml(MeetingOverdue);
        return html;
    }
}
