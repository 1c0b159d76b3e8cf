using System.Globalization;
using System.Text;
using Caseload.Domain.Meetings;
using static System.Net.WebUtility;

namespace Caseload.Application.Meetings;

/// <summary>The invitation and the minutes as mail: the udrettedagsorden serves as invitation, agenda and minutes (§2.3
/// step 10). Subjects and the .ics carry no name of the citizen (calendars are often shared); the body carries what the
/// template carries, for the municipality's secure mail (ADR 0017).</summary>
public static class MeetingMail
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public const string CalendarSummary = "Koordinerende møde";

    public static string InvitationSubject(CoordinatingMeeting m)
        => $"Invitation: koordinerende møde {When(m)}";

    public static string MinutesSubject(CoordinatingMeeting m)
        => $"Referat: koordinerende møde {m.Date.ToString("dd-MM-yyyy", Danish)}";

    public static string Invitation(CoordinatingMeeting m, string citizenName, string chairName)
    {
        var html = new StringBuilder();
        html.Append($"<p>Du inviteres til et koordinerende møde med og om {HtmlEncode(citizenName)}.</p>");
        Head(html, m, chairName);
        html.Append("<h2>Dagsorden</h2><table border=\"1\" cellpadding=\"4\" cellspacing=\"0\"><tr><th>Nr.</th><th>Emne</th><th>Ansvarlig</th>"
            + "<th>Hvad vil vi opnå?</th><th>Minutter</th></tr>");
        foreach (var (a, i) in m.Agenda.Select((a, i) => (a, i)))
            html.Append($"<tr><td>{i + 1}</td><td>{E(a.Topic)}</td><td>{E(a.Responsible)}</td><td>{E(a.Purpose)}</td><td>{a.Minutes}</td></tr>");
        html.Append("</table>");
        html.Append($"<p>Har du et punkt til dagsordenen, så send det til mødelederen senest {m.ExtraPointsUntil.ToString("dd-MM-yyyy", Danish)}.</p>");
        html.Append("<p>Invitationen er vedhæftet som kalenderfil (.ics).</p>");
        return html.ToString();
    }

    public static string Minutes(CoordinatingMeeting m, string citizenName, string chairName, IReadOnlyDictionary<string, string> owners)
    {
        var html = new StringBuilder();
        html.Append($"<p>Referat af koordinerende møde med og om {HtmlEncode(citizenName)}.</p>");
        Head(html, m, chairName);
        html.Append("<h2>Dagsorden og beslutninger</h2><table border=\"1\" cellpadding=\"4\" cellspacing=\"0\"><tr><th>Nr.</th><th>Emne</th>"
            + "<th>Beslutning</th><th>Hvem gør hvad</th></tr>");
        foreach (var (a, i) in m.Agenda.Select((a, i) => (a, i)))
            html.Append($"<tr><td>{i + 1}</td><td>{E(a.Topic)}</td><td>{E(a.Decision)}</td><td>{E(a.WhoDoesWhat)}</td></tr>");
        html.Append("</table>");
        var tasks = m.Tasks.OrderBy(t => t.DueOn).ToList();
        if (tasks.Count > 0)
        {
            html.Append("<h2>Aftalte opgaver</h2><table border=\"1\" cellpadding=\"4\" cellspacing=\"0\"><tr><th>Opgave</th><th>Ansvarlig</th><th>Frist</th></tr>");
            foreach (var t in tasks)
                html.Append($"<tr><td>{E(t.Description)}</td><td>{E(owners.GetValueOrDefault(t.OwnerId))}</td><td>{t.DueOn.ToString("dd-MM-yyyy", Danish)}</td></tr>");
            html.Append("</table>");
        }
        return html.ToString();
    }

    private static void Head(StringBuilder html, CoordinatingMeeting m, string chairName)
    {
        html.Append("<table cellpadding=\"2\">");
        Row(html, "Tid", When(m));
        Row(html, "Sted", m.Place);
        Row(html, "Mødeleder", chairName + (m.ChairPhone is { } p ? $", tlf. {p}" : ""));
        Row(html, "Referent", string.Join(", ", new[] { m.MinuteTakerName, m.MinuteTakerPhone, m.MinuteTakerEmail }.Where(x => x is not null)));
        var people = m.Participants;
        Row(html, "Deltagere", string.Join("; ", people.Where(p => !p.SentApologies).Select(Who)));
        if (people.Any(p => p.SentApologies)) Row(html, "Afbud", string.Join("; ", people.Where(p => p.SentApologies).Select(Who)));
        html.Append("</table>");
    }

    private static string Who(MeetingParticipant p) => p.Role is null ? p.Name : $"{p.Name} ({p.Role})";

    private static void Row(StringBuilder html, string label, string? value) => html.Append($"<tr><th align=\"left\">{label}</th><td>{E(value)}</td></tr>");

    private static string When(CoordinatingMeeting m)
        => $"{m.Date.ToString("dddd 'den' d. MMMM yyyy", Danish)} kl. {m.StartsAt:HH\\.mm}–{m.EndsAt:HH\\.mm}";

    private static string E(string? s) => HtmlEncode(s ?? "");
}
