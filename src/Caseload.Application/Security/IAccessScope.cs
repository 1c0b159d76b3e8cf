using Caseload.Domain.Citizens;

namespace Caseload.Application.Security;

/// <summary>
/// The one place that decides which citizens the current user may see (need-to-know, domain.md §1): the
/// citizens of the user's own teams. Managers get aggregate figures elsewhere, and see citizen detail only
/// where they are also team members; administrators likewise. It hands out <see cref="ScopedCitizen"/>,
/// <see cref="LedCourse"/> and <see cref="LedTeam"/>; services accept nothing else. Outside scope is null,
/// which callers answer as "not found" (404) — exactly like an id that does not exist.
/// </summary>
public interface IAccessScope
{
    /// <summary>The ids of the teams the current user belongs to (any team role).</summary>
    Task<IReadOnlyList<Guid>> TeamIdsAsync(CancellationToken ct = default);

    /// <summary>The methods of the teams the current user belongs to (any team role): the menu shows a method's pages only
    /// to those who work with it.</summary>
    Task<IReadOnlySet<Domain.Teams.Method>> TeamMethodsAsync(CancellationToken ct = default);

    /// <summary>The method of the citizen's team (from the memberships already read: no query).</summary>
    Task<Domain.Teams.Method?> TeamMethodOfAsync(ScopedCitizen citizen, CancellationToken ct = default);

    /// <summary>The ids of the teams the current user leads.</summary>
    Task<IReadOnlyList<Guid>> LedTeamIdsAsync(CancellationToken ct = default);

    /// <summary>Citizens the current user may see, as a query to compose further (search, lists).</summary>
    Task<IQueryable<Citizen>> CitizensAsync(CancellationToken ct = default);

    Task<ScopedCitizen?> CitizenAsync(Guid citizenId, CancellationToken ct = default);

    /// <summary>For an administrator answering a citizen's request for insight (GDPR art. 15, ADR 0052): the citizen with
    /// this CPR number in any team, for the insight package only — the one way past the team scope, and the package that
    /// follows is audited. Null for anyone else, an unknown number and an anonymised stub.</summary>
    Task<ScopedCitizen?> InsightRequestAsync(CprNumber cpr, CancellationToken ct = default);

    /// <summary>For a signed-in citizen (the citizen scheme, ADR 0042): their own record while their access is enabled; null
    /// for staff and for a revoked access.</summary>
    Task<OwnCitizen?> OwnCitizenAsync(CancellationToken ct = default);

    Task<LedCourse?> LedCourseAsync(Guid courseId, CancellationToken ct = default);

    /// <summary>The team asked for if led by the user; without an id, the first team the user leads.</summary>
    Task<LedTeam?> LedTeamAsync(Guid? teamId, CancellationToken ct = default);

    /// <summary>The team asked for if the user belongs to it (any role).</summary>
    Task<MemberTeam?> MemberTeamAsync(Guid teamId, CancellationToken ct = default);

    /// <summary>The teams whose figures the user may see on a results page — a manager all, a team leader the led ones —
    /// narrowed to <paramref name="teamId"/> when given; null when the user may see none, or asks for a team outside them.</summary>
    Task<ResultsTeams?> ResultsTeamsAsync(Guid? teamId, CancellationToken ct = default);

    /// <summary>One of the organisation's own records, if the user's role keeps that kind (no query: existence is the service's answer).</summary>
    OwnRecord<T>? OwnRecord<T>(Guid id) where T : Domain.Common.Entity;
}
