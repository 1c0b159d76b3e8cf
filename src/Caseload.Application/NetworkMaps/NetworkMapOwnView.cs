using Caseload.Application.CitizenPortal;
using Caseload.Application.Common;
using Caseload.Application.Security;
using Caseload.Domain.NetworkMaps;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.NetworkMaps;

/// <summary>The citizen's current network map on their own view (issue #34 item 2, ADR 0048 addendum): each person's name, the
/// relation as written with the citizen, the workplace, in contact or not and how close, by category. Left out as the worker's or
/// a third party's: the person's phone number, who made the map (<see cref="NetworkMap.MadeBy"/>), the responsible worker, the
/// consent flag and the version history with who saved each.</summary>
public sealed class NetworkMapOwnView(ICaseloadDbContext db) : IOwnNetworkMapSource
{
    public async Task<OwnNetworkMap?> ForCitizenAsync(OwnCitizen citizen, CancellationToken ct = default)
    {
        var map = await db.NetworkMaps.AsNoTracking().Where(m => m.CitizenId == citizen.Id && m.VersionCount > 0)
            .Select(m => new { m.PersonsJson, m.LastSavedAt }).FirstOrDefaultAsync(ct);
        if (map is null) return null;
        var persons = NetworkMap.PersonsOf(map.PersonsJson)
            .OrderBy(p => p.Category).ThenBy(p => p.Closeness).ThenBy(p => p.Name, StringComparer.Create(new System.Globalization.CultureInfo("da-DK"), true))
            .Select(p => new OwnNetworkPerson(p.Category.Danish(), p.Name, p.Role, p.Workplace, p.InContact, p.Closeness.Danish()))
            .ToList();
        return persons.Count == 0 ? null : new OwnNetworkMap(map.LastSavedAt, persons);
    }
}
