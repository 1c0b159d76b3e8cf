using Caseload.Application.DataProtection;
using Caseload.Application.Engines;
using Caseload.Application.Security;
using Caseload.Domain.Outreach;

namespace Caseload.Application.Outreach;

/// <summary>Outreach's part of the insight package and of retention (ADR 0052): referrals, the case, its consents, contact
/// attempts and events. The case points at the referral (Restrict), so the case goes first.</summary>
public sealed class OutreachCitizenData(CitizenTables tables) : ICitizenDataContributor
{
    public int Order => 400;

    public Task<IReadOnlyList<CitizenDataSection>> InsightAsync(ScopedCitizen citizen, CancellationToken ct)
        => CitizenTables.SectionsAsync(citizen, ct,
            (c, t) => tables.SectionAsync<Referral>(c, "Henvendelser og screeninger", t),
            (c, t) => tables.SectionAsync<OutreachCase>(c, "Fremskudt sagsbehandling", t),
            (c, t) => tables.SectionAsync<OutreachConsent>(c, "Samtykker (fremskudt sagsbehandling)", t),
            (c, t) => tables.SectionAsync<OutreachContactAttempt>(c, "Kontaktforsøg", t),
            (c, t) => tables.SectionAsync<OutreachEventRecord>(c, "Fremskudt sagsbehandling: hændelser", t));

    public async Task<DateTime?> LastActivityAsync(ErasableCitizen citizen, CancellationToken ct)
        => CitizenTables.Latest(
            await tables.LatestChangeAsync<Referral>(citizen, ct),
            await tables.LatestChangeAsync<OutreachCase>(citizen, ct),
            await tables.LatestChangeAsync<OutreachConsent>(citizen, ct),
            await tables.LatestChangeAsync<OutreachContactAttempt>(citizen, ct),
            await tables.LatestChangeAsync<OutreachEventRecord>(citizen, ct));

    public async Task<int> EraseAsync(ErasableCitizen citizen, CancellationToken ct)
        => await tables.DeleteAsync<OutreachConsent>(citizen, ct)
           + await tables.DeleteAsync<OutreachContactAttempt>(citizen, ct)
           + await tables.DeleteAsync<OutreachEventRecord>(citizen, ct)
           + await tables.DeleteAsync<OutreachCase>(citizen, ct)
           + await tables.DeleteAsync<Referral>(citizen, ct);
}
