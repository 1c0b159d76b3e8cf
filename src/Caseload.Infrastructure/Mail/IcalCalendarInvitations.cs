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
            Summary = invite.Summary,
            Location = invite.Location,
            Description = invite.Description,
            Organizer = new Organizer($"mailto:{invite.OrganizerEmail}") { CommonName = invite.OrganizerName },
            Status = "CONFIRMED",
        };
        foreach (var (name, email) in invite.Attendees)
            e.Attendees.Add(new Attendee($"mailto:{email}") { CommonName = name, Role = "REQ-PARTICIPANT", ParticipationStatus = "NEEDS-ACTION", Rsvp = true });
        calendar.Events.Add(e);
        return Encoding.UTF8.GetBytes(new CalendarSerializer().SerializeToString(calendar)!);
    }
}
