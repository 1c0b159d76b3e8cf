using Caseload.Application.CitizenPortal;
using Caseload.Application.Security;
using Caseload.Domain.ActionPlans;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.ActionPlans;

/// <summary>The ACT action plan on the citizen's own view (issue #34, ADR 0042): each goal with the citizen's own words, the
/// actions and the status. Not who in the team, not the follow-up date (internal deadlines), not declined parts' notes.</summary>
public sealed class ActOwnDocuments(IActDbContext db) : IOwnDocumentSource
{
    public const string Key = "act-indsatsplan";

    public string DocumentKey => Key;
    public string EventKind => ActionPlanEventSource.Kind;

    public async Task<IReadOnlyList<OwnDocument>> ForCitizenAsync(OwnCitizen citizen, CancellationToken ct = default)
    {
        var plan = await db.ActionPlans.AsNoTracking().Where(p => p.CitizenId == citizen.Id && p.RevisionCount > 0)
            .Select(p => new { p.GoalsJson, p.RevisionCount, p.UpdatedAt, p.CreatedAt }).FirstOrDefaultAsync(ct);
        if (plan is null) return [];
        var goals = Domain.Common.JsonRows.Read<PlanGoal>(plan.GoalsJson);
        return [new OwnDocument(Key, "Din plan", plan.RevisionCount, plan.UpdatedAt ?? plan.CreatedAt,
            [.. goals.Select(g => new OwnDocumentRow(g.Id, g.Area.Danish(), g.Goal, g.CitizensWords, g.Actions,
                g.Declined ? "Du har sagt nej tak" : g.Status.Danish()))])];
    }
}
