namespace Caseload.Application.Common;

/// <summary>One calendar event to invite to. <see cref="Sequence"/> grows with every re-send, so a calendar replaces the
/// earlier invitation with the same <see cref="Uid"/>. Times are Danish wall-clock times.</summary>
public sealed record CalendarInvite(Guid Uid, int Sequence, DateOnly Date, TimeOnly StartsAt, TimeOnly EndsAt, string Summary,
    string? Location, string? Description, string OrganizerName, string OrganizerEmail, IReadOnlyList<(string Name, string Email)> Attendees,
    DateTime StampUtc);

/// <summary>Writes iCalendar (.ics, RFC 5545) invitations.</summary>
public interface ICalendarInvitations
{
    /// <summary>A METHOD:REQUEST calendar with one event in Europe/Copenhagen time, as UTF-8 bytes.</summary>
    byte[] Request(CalendarInvite invite);
}
