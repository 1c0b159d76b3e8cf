using Caseload.Application.Common.Time;
using Caseload.Application.Engines;
using Caseload.Application.Security;

namespace Caseload.Application.Api;

/// <summary>
/// Nothing about a citizen leaves the team without a consent that covers the receiver (domain.md §6, issue #27 item 1):
/// the API asks every engine's consents (ADR 0023) whether one valid today names the client's receiver — as a meeting's
/// invitation does for its recipients. Without one, the citizen does not exist for the client (404, left out of lists and
/// the feed). Cached per citizen for the request.
/// </summary>
public sealed class ApiConsent(IEnumerable<IConsentSource> sources, IDanishClock clock)
{
    private readonly Dictionary<Guid, bool> _covered = [];

    public async Task<bool> CoversAsync(ScopedCitizen citizen, ApiGrant grant, CancellationToken ct)
    {
        if (_covered.TryGetValue(citizen.Id, out var known)) return known;
        var parties = new List<string>();
        foreach (var source in sources) parties.AddRange(await source.PartiesCoveredAsync(citizen, clock.Today, ct));
        return _covered[citizen.Id] = ConsentParties.Cover(parties, grant.Receiver, null, null);
    }
}
