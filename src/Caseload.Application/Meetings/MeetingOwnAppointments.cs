using Caseload.Application.CitizenPortal;
using Caseload.Application.Common;
using Caseload.Application.Security;
using Caseload.Domain.Meetings;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Meetings;

/// <summary>The citizen's coordinating meetings ahead on their own view (issue #34 item 2, ADR 0048 addendum): date, times, place,
/// the chair and the participants by name and role (with "afbud"). Not the participants' phones or mails, not the minute-taker's,
/// not the agenda's decisions, the citizen's whereabouts or the tasks.</summary>
public sealed class MeetingOwnAppointments(ICaseloadDbContext db) : IOwnAppointmentSource
{
    public const string What = "Koordinerende møde";

    public async Task<IReadOnlyList<OwnAppointment>> FromAsync(OwnCitizen citizen, DateOnly from, CancellationToken ct = default)
    {
        var meetings = await db.CoordinatingMeetings.AsNoTracking().Where(m => m.CitizenId == citizen.Id && m.Date >= from)
            .OrderBy(m => m.Date).ThenBy(m => m.StartsAt).Take(10)
            .Select(m => new { m.Date, m.StartsAt, m.EndsAt, m.Place, m.ChairId, m.ParticipantsJson }).ToListAsync(ct);
        return [.. meetings.Select(m => new OwnAppointment(m.Date, m.StartsAt, m.EndsAt, What, m.Place,
            [.. Domain.Common.JsonRows.Read<MeetingParticipant>(m.ParticipantsJson).Select(Who)],
            m.ChairId is null ? [] : [m.ChairId]))];
    }

    private static string Who(MeetingParticipant p)
        => (p.Role is null ? p.Name : $"{p.Name} ({p.Role})") + (p.SentApologies ? " – har meldt afbud" : "");
}
