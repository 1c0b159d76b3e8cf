using Caseload.Application.Common;
using Caseload.Application.Engines;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Outreach;

/// <summary>The age typed on the citizen's latest screening form (CPR unknown then), counted on by the whole years
/// since the screening — so the cooperation agreement does not say "Alder: Ikke oplyst" for a screened citizen.</summary>
public sealed class ScreeningAgeSource(IOutreachDbContext db) : ICitizenAgeSource
{
    public async Task<int?> AgeAsync(Guid citizenId, DateOnly today, CancellationToken ct)
    {
        var latest = await db.Referrals.AsNoTracking()
            .Where(r => r.CitizenId == citizenId && r.AgeAtScreening != null && r.ScreenedOn != null)
            .OrderByDescending(r => r.ScreenedOn).Select(r => new { r.AgeAtScreening, r.ScreenedOn }).FirstOrDefaultAsync(ct);
        if (latest is null) return null;
        var on = latest.ScreenedOn!.Value;
        var years = today.Year - on.Year - (today < on.AddYears(today.Year - on.Year) ? 1 : 0);
        return latest.AgeAtScreening + Math.Max(0, years);
    }
}
