using Caseload.Application.CitizenPortal;
using Caseload.Application.Security;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Cti;

/// <summary>The CTI engine on the citizen's own view (issue #34 item 2, ADR 0048 addendum): the WHO-5 score of each measurement
/// point (not the five answers, not the worker's ratings of life situation, housing, substance use or readiness, not the
/// citizen's words recorded there), and the handover meetings ahead by date — not the participants, a free text the worker keeps.</summary>
public sealed class CtiOwnView(ICtiDbContext db) : IOwnWho5Source, IOwnAppointmentSource
{
    public const string HandoverMeeting = "Overdragelsesmøde";

    async Task<IReadOnlyList<OwnWho5>> IOwnWho5Source.ForCitizenAsync(OwnCitizen citizen, CancellationToken ct)
        => await db.CtiCourses.AsNoTracking().Where(c => c.CitizenId == citizen.Id).SelectMany(c => c.Measurements) // by course: indexed
            .OrderByDescending(m => m.Date).Take(12)
            .Select(m => new OwnWho5(m.Date, m.Who5Score, false)).ToListAsync(ct);

    async Task<IReadOnlyList<OwnAppointment>> IOwnAppointmentSource.FromAsync(OwnCitizen citizen, DateOnly from, CancellationToken ct)
    {
        // From the citizen's CTI courses (indexed by citizen) to their meetings (by course): never a scan of all handover meetings.
        var dates = await db.CtiCourses.AsNoTracking().Where(c => c.CitizenId == citizen.Id).SelectMany(c => c.HandoverMeetings)
            .Where(m => m.Date >= from && !m.Held).OrderBy(m => m.Date).Take(10)
            .Select(m => m.Date).ToListAsync(ct);
        return [.. dates.Select(d => new OwnAppointment(d, null, null, HandoverMeeting, null, [], []))];
    }
}
