using Caseload.Application.CitizenPortal;
using Caseload.Application.Security;
using Caseload.Domain.ActionPlans;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.ActionPlans;

/// <summary>The ACT team's planned visits ahead on the citizen's own view (issue #34 item 2, ADR 0048 addendum): the day, the
/// time, the kind of place (never an address) and the visiting worker. Cancelled visits are left out.</summary>
public sealed class ActOwnVisits(IActDbContext db) : IOwnAppointmentSource
{
    public const string What = "Besøg";

    public async Task<IReadOnlyList<OwnAppointment>> FromAsync(OwnCitizen citizen, DateOnly from, CancellationToken ct = default)
    {
        var visits = await db.TeamVisits.AsNoTracking().Where(v => v.CitizenId == citizen.Id && v.Date >= from && v.CancelledAt == null)
            .OrderBy(v => v.Date).ThenBy(v => v.StartsAt).Take(10)
            .Select(v => new { v.Date, v.StartsAt, v.Place, v.WorkerId }).ToListAsync(ct);
        return [.. visits.Select(v => new OwnAppointment(v.Date, v.StartsAt, null, What, v.Place.Danish(), [], [v.WorkerId]))];
    }
}
