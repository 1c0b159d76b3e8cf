using System.Text;
using Caseload.Application.Common;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Caseload.Infrastructure.Mail;

/// <summary>.ics invitations with Ical.Net: Danish wall-clock times with their VTIMEZONE, so Outlook and phones show the
/// right hour on both sides of a daylight-saving change.</summary>
public sealed class IcalCalendarInvitations : ICalendarInvitations
{
    private const string Zone = "Europe/Copenhagen";

    public byte[] Request(CalendarInvite invite)
    {
        var calendar = new Calendar { ProductId = "-//Caseload//Koordinerende møder//DA", Method = "REQUEST" };
        calendar.AddTimeZone(Zone);
        var e = new CalendarEvent
        {
            Uid = $"{invite.Uid:N}@caseload",
            Sequence = invite.Sequence,
            DtStamp = new CalDateTime(invite.StampUtc, "UTC"),
            DtStart = new CalDateTime(invite.Date, invite.StartsAt, Zone),
            DtEnd = new CalDateTime(invite.Date, invite.EndsAt, Zone),
            Summary = OneLine(invite.Summary),
            Location = OneLine(invite.Location),
            Description = invite.Description, // a TEXT value: Ical.Net escapes its line breaks
            Organizer = new Organizer($"mailto:{OneLine(invite.OrganizerEmail)}") { CommonName = Parameter(invite.OrganizerName) },
            Status = "CONFIRMED",
        };
        foreach (var (name, email) in invite.Attendees)
            e.Attendees.Add(new Attendee($"mailto:{OneLine(email)}") { CommonName = Parameter(name), Role = "REQ-PARTICIPANT", ParticipationStatus = "NEEDS-ACTION", Rsvp = true });
        calendar.Events.Add(e);
        return Encoding.UTF8.GetBytes(new CalendarSerializer().SerializeToString(calendar)!);
    }

    /// <summary>Control characters (CR/LF above all) out of a one-line value: input is cleaned already (Text.SingleLine);
    /// this keeps a name typed before that, or from elsewhere, from adding lines to the file (issue #28 item 4).</summary>
    private static string? OneLine(string? value) => value is null ? null : new string([.. value.Select(c => char.IsControl(c) ? ' ' : c)]).Trim();

    /// <summary>A parameter value (CN=…) cannot escape a double quote in RFC 5545: it goes too.</summary>
    private static string? Parameter(string? value) => OneLine(value)?.Replace("\"", "", StringComparison.Ordinal);
}
