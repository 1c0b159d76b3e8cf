using Caseload.Application.DataProtection;
using Caseload.Application.Engines;
using Caseload.Application.Security;
using Caseload.Domain.NetworkMaps;

namespace Caseload.Application.NetworkMaps;

/// <summary>The network map's part of the insight package and of retention (ADR 0052): the map and every saved version.</summary>
public sealed class NetworkMapCitizenData(CitizenTables tables) : ICitizenDataContributor
{
    public int Order => 500;

    public Task<IReadOnlyList<CitizenDataSection>> InsightAsync(ScopedCitizen citizen, CancellationToken ct)
        => CitizenTables.SectionsAsync(citizen, ct,
            (c, t) => tables.SectionAsync<NetworkMap>(c, "Netværkskort", t),
            (c, t) => tables.SectionAsync<NetworkMapVersion>(c, "Netværkskort: versioner", t));

    public Task<DateTime?> LastActivityAsync(ErasableCitizen citizen, CancellationToken ct) => tables.LatestChangeAsync<NetworkMap>(citizen, ct);

    public async Task<int> EraseAsync(ErasableCitizen citizen, CancellationToken ct)
        => await tables.DeleteAsync<NetworkMapVersion>(citizen, ct) + await tables.DeleteAsync<NetworkMap>(citizen, ct);
}
