using Caseload.Application.DataProtection;
using Caseload.Application.Engines;
using Caseload.Application.Security;
using Caseload.Domain.Agreements;

namespace Caseload.Application.Agreements;

/// <summary>The cooperation agreements' part of the insight package and of retention (ADR 0052).</summary>
public sealed class AgreementCitizenData(CitizenTables tables) : ICitizenDataContributor
{
    public int Order => 510;

    public async Task<IReadOnlyList<CitizenDataSection>> InsightAsync(ScopedCitizen citizen, CancellationToken ct)
        => [await tables.SectionAsync<CooperationAgreement>(citizen, "Samarbejdsaftaler", ct)];

    public Task<DateTime?> LastActivityAsync(ErasableCitizen citizen, CancellationToken ct) => tables.LatestChangeAsync<CooperationAgreement>(citizen, ct);

    public Task<int> EraseAsync(ErasableCitizen citizen, CancellationToken ct) => tables.DeleteAsync<CooperationAgreement>(citizen, ct);
}
