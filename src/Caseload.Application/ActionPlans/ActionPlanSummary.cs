using Caseload.Application.Engines;
using Caseload.Application.Security;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.ActionPlans;

/// <summary>The ACT action plan's line on the citizen page and in the citizen summary: its revision, 0 before it is made.</summary>
public sealed class ActionPlanSummary(IActDbContext db) : ICitizenDocumentLines
{
    public static string Line(int revision) => $"ACT-indsatsplan: {(revision == 0 ? "ikke lavet endnu" : $"revision {revision}")}";

    public async Task<IReadOnlyList<string>> LinesAsync(ScopedCitizen citizen, IReadOnlySet<string> engines, CancellationToken ct = default)
        => engines.Contains(ActModule.Key) ? [Line(await RevisionAsync(citizen, ct))] : [];

    public Task<int> RevisionAsync(ScopedCitizen citizen, CancellationToken ct = default)
        => db.ActionPlans.AsNoTracking().Where(p => p.CitizenId == citizen.Id).Select(p => p.RevisionCount).FirstOrDefaultAsync(ct);
}
