using Caseload.Application.DataProtection;
using Caseload.Application.Engines;
using Caseload.Application.Security;
using Caseload.Domain.ActionPlans;

namespace Caseload.Application.ActionPlans;

/// <summary>ACT's part of the insight package and of retention (ADR 0052): the action plan and its revisions, intensified
/// support, visits, the team meeting's items and tasks about the citizen, SMS consents and reminders. The team meetings
/// themselves are the team's and stay.</summary>
public sealed class ActCitizenData(CitizenTables tables) : ICitizenDataContributor
{
    public int Order => 200;

    public Task<IReadOnlyList<CitizenDataSection>> InsightAsync(ScopedCitizen citizen, CancellationToken ct)
        => CitizenTables.SectionsAsync(citizen, ct,
            (c, t) => tables.SectionAsync<ActionPlan>(c, "ACT-indsatsplan", t),
            (c, t) => tables.SectionAsync<ActionPlanRevision>(c, "ACT-indsatsplan: revisioner", t),
            (c, t) => tables.SectionAsync<IntensifiedSupport>(c, "ACT: intensiveret støtte", t),
            (c, t) => tables.SectionAsync<TeamVisit>(c, "ACT: besøg", t),
            (c, t) => tables.SectionAsync<TeamMeetingItem>(c, "ACT: punkter på teammødet", t),
            (c, t) => tables.SectionAsync<TeamMeetingTask>(c, "ACT: opgaver fra teammødet", t),
            (c, t) => tables.SectionAsync<SmsConsent>(c, "Samtykke til SMS-påmindelser", t),
            (c, t) => tables.SectionAsync<SmsReminder>(c, "SMS-påmindelser", t));

    public async Task<DateTime?> LastActivityAsync(ErasableCitizen citizen, CancellationToken ct)
        => CitizenTables.Latest(
            await tables.LatestChangeAsync<ActionPlan>(citizen, ct),
            await tables.LatestChangeAsync<IntensifiedSupport>(citizen, ct),
            await tables.LatestChangeAsync<TeamVisit>(citizen, ct),
            await tables.LatestChangeAsync<TeamMeetingTask>(citizen, ct),
            await tables.LatestChangeAsync<SmsConsent>(citizen, ct));

    public async Task<int> EraseAsync(ErasableCitizen citizen, CancellationToken ct)
        => await tables.DeleteAsync<ActionPlanRevision>(citizen, ct)
           + await tables.DeleteAsync<ActionPlan>(citizen, ct)
           + await tables.DeleteAsync<IntensifiedSupport>(citizen, ct)
           + await tables.DeleteAsync<TeamVisit>(citizen, ct)
           + await tables.DeleteAsync<TeamMeetingTask>(citizen, ct)
           + await tables.DeleteAsync<TeamMeetingItem>(citizen, ct)
           + await tables.DeleteAsync<SmsReminder>(citizen, ct)
           + await tables.DeleteAsync<SmsConsent>(citizen, ct);
}
