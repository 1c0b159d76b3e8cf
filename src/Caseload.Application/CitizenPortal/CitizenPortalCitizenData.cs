using Caseload.Application.DataProtection;
using Caseload.Application.Engines;
using Caseload.Application.Security;
using Caseload.Domain.CitizenPortal;

namespace Caseload.Application.CitizenPortal;

/// <summary>The citizen's own view's part of the insight package and of retention (ADR 0052): the access (never its PIN),
/// the citizen's comments, confirmations, own WHO-5 answers and call requests; erasure also ends any session.</summary>
public sealed class CitizenPortalCitizenData(CitizenTables tables, ICitizenSessions sessions) : ICitizenDataContributor
{
    public int Order => 100;

    public Task<IReadOnlyList<CitizenDataSection>> InsightAsync(ScopedCitizen citizen, CancellationToken ct)
        => CitizenTables.SectionsAsync(citizen, ct,
            (c, t) => tables.SectionAsync<CitizenAccess>(c, "Adgang til Min side", t),
            (c, t) => tables.SectionAsync<CitizenComment>(c, "Borgerens kommentarer", t),
            (c, t) => tables.SectionAsync<CitizenConfirmation>(c, "Borgerens bekræftelser", t),
            (c, t) => tables.SectionAsync<SelfReportedWho5>(c, "Borgerens egne WHO-5-besvarelser", t),
            (c, t) => tables.SectionAsync<CallRequest>(c, "Ønsker om opkald", t));

    public async Task<DateTime?> LastActivityAsync(ErasableCitizen citizen, CancellationToken ct)
        => CitizenTables.Latest(
            await tables.LatestChangeAsync<CitizenAccess>(citizen, ct),
            await tables.LatestChangeAsync<CitizenComment>(citizen, ct),
            await tables.LatestChangeAsync<CitizenConfirmation>(citizen, ct),
            await tables.LatestChangeAsync<SelfReportedWho5>(citizen, ct),
            await tables.LatestChangeAsync<CallRequest>(citizen, ct));

    public async Task<int> EraseAsync(ErasableCitizen citizen, CancellationToken ct)
        => await sessions.EndAllAsync(citizen.Id, ct)
           + await tables.DeleteAsync<CitizenComment>(citizen, ct)
           + await tables.DeleteAsync<CitizenConfirmation>(citizen, ct)
           + await tables.DeleteAsync<SelfReportedWho5>(citizen, ct)
           + await tables.DeleteAsync<CallRequest>(citizen, ct)
           + await tables.DeleteAsync<CitizenAccess>(citizen, ct);
}
