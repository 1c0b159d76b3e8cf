using Caseload.Domain.Citizens;

namespace Caseload.Application.Security;

/// <summary>
/// The one place that decides which citizens the current user may see (need-to-know, domain.md §1):
/// the citizens of the user's own teams. Managers get aggregate figures elsewhere, and see citizen detail
/// only where they are also team members; administrators likewise. Features call this; they never
/// re-implement the rule. A citizen outside scope is answered as "not found" by callers.
/// </summary>
public interface IAccessScope
{
    /// <summary>The ids of the teams the current user belongs to (any team role).</summary>
    Task<IReadOnlyList<Guid>> TeamIdsAsync(CancellationToken ct = default);

    /// <summary>The ids of the teams the current user leads.</summary>
    Task<IReadOnlyList<Guid>> LedTeamIdsAsync(CancellationToken ct = default);

    /// <summary>Citizens the current user may see, as a query to compose further.</summary>
    Task<IQueryable<Citizen>> CitizensAsync(CancellationToken ct = default);

    /// <summary>The citizen if in scope, else null (callers answer 404).</summary>
    Task<Citizen?> FindCitizenAsync(Guid citizenId, CancellationToken ct = default);
}
