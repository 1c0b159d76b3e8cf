using Caseload.Application.Common;
using Caseload.Application.Engines;
using Caseload.Application.Security;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Outreach;

/// <summary>The outreach engine's consents (samtykker) as parties covered on a date: given, not expired, not withdrawn.</summary>
public sealed class OutreachConsents(IOutreachDbContext db) : IConsentSource
{
    public async Task<IReadOnlyList<string>> PartiesCoveredAsync(ScopedCitizen citizen, DateOnly on, CancellationToken ct)
    {
        var consents = await db.OutreachCases.AsNoTracking().Where(c => c.CitizenId == citizen.Id).SelectMany(c => c.Consents).ToListAsync(ct);
        return [.. consents.Where(c => c.IsValidOn(on)).SelectMany(c => c.PartyList).Distinct(StringComparer.OrdinalIgnoreCase)];
    }
}
