using Caseload.Domain.Common;
using Caseload.Domain.DropIn;
using Caseload.Domain.Implementation;
using Caseload.Domain.Partners;
using Caseload.Domain.Teams;

namespace Caseload.Application.Security;

/// <summary>
/// A record the organisation keeps about itself — an implementation project, a drop-in centre, a partner, a role
/// description, a team's settings — never a citizen's. Only <see cref="IAccessScope"/> hands these out, and only to a
/// user whose role keeps that kind of record (<see cref="OwnRecords"/>), so an Application method that takes one
/// cannot be reached with a citizen's id by habit, and the structure test checks every method without a list of names.
/// Whether the record exists is still the service's answer (a missing one is "not found", as before).
/// </summary>
public sealed class OwnRecord<T> where T : Entity
{
    internal OwnRecord(Guid id) => Id = id;

    public Guid Id { get; }
}

/// <summary>Who keeps which of the organisation's records: the same roles as the Web layer's policies, repeated here
/// because a handle must prove it without trusting the caller (ADR 0025).</summary>
public static class OwnRecords
{
    private static readonly string[] ImplementationKeepers = [Roles.Manager, Roles.TeamLeader];
    // Drop-in centres and partners are registers of the organisation, which the administrator keeps too (ADR 0030).
    private static readonly string[] RegisterKeepers = [Roles.Manager, Roles.TeamLeader, Roles.Administrator];

    public static readonly IReadOnlyDictionary<Type, IReadOnlyList<string>> Keepers = new Dictionary<Type, IReadOnlyList<string>>
    {
        [typeof(ImplementationProject)] = ImplementationKeepers,
        [typeof(DropInCentre)] = RegisterKeepers,
        [typeof(Partner)] = RegisterKeepers,
        [typeof(RoleDescription)] = ImplementationKeepers,
        [typeof(Team)] = [Roles.Administrator],
        [typeof(Domain.Api.ApiClient)] = [Roles.Administrator],
    };
}
