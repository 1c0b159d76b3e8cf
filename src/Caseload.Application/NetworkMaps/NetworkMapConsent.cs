using Caseload.Application.Common;
using Caseload.Application.Engines;
using Caseload.Application.Security;
using Caseload.Domain.NetworkMaps;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.NetworkMaps;

/// <summary>The network map's "fuldt samtykke" (domain.md §4): while the map says the citizen has given full consent, it
/// covers the persons on the map, by name — and no one else. Without full consent, the consent form (the outreach
/// engine's dated consents) must name the party.</summary>
public sealed class NetworkMapConsent(ICaseloadDbContext db) : IConsentSource
{
    public async Task<IReadOnlyList<string>> PartiesCoveredAsync(ScopedCitizen citizen, DateOnly on, CancellationToken ct)
    {
        var json = await db.NetworkMaps.AsNoTracking().Where(m => m.CitizenId == citizen.Id && m.FullConsent).Select(m => m.PersonsJson).FirstOrDefaultAsync(ct);
        return json is null ? [] : [.. NetworkMap.PersonsOf(json).Select(p => p.Name)];
    }
}
