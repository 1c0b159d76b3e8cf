using Caseload.Application.DataProtection;
using Caseload.Application.Engines;
using Caseload.Application.Security;
using Caseload.Domain.Cti;

namespace Caseload.Application.Cti;

/// <summary>CTI's part of the insight package and of retention (ADR 0052): the CTI course and everything under it.</summary>
public sealed class CtiCitizenData(CitizenTables tables) : ICitizenDataContributor
{
    public int Order => 300;

    public Task<IReadOnlyList<CitizenDataSection>> InsightAsync(ScopedCitizen citizen, CancellationToken ct)
        => CitizenTables.SectionsAsync(citizen, ct,
            (c, t) => tables.SectionAsync<CtiCourse>(c, "CTI-forløb", t),
            (c, t) => tables.SectionAsync<CtiTransition>(c, "CTI: faseovergange", t),
            (c, t) => tables.SectionAsync<CtiChecklistAnswer>(c, "CTI: tjeklistesvar", t),
            (c, t) => tables.SectionAsync<CtiGoal>(c, "CTI: mål", t),
            (c, t) => tables.SectionAsync<CtiPlanVersion>(c, "CTI: langsigtet plan og overdragelsesplan", t),
            (c, t) => tables.SectionAsync<CtiHandoverMeeting>(c, "CTI: overdragelsesmøder", t),
            (c, t) => tables.SectionAsync<CtiMeasurement>(c, "CTI: målinger", t));

    public async Task<DateTime?> LastActivityAsync(ErasableCitizen citizen, CancellationToken ct)
        => CitizenTables.Latest(
            await tables.LatestChangeAsync<CtiCourse>(citizen, ct),
            await tables.LatestChangeAsync<CtiTransition>(citizen, ct),
            await tables.LatestChangeAsync<CtiGoal>(citizen, ct),
            await tables.LatestChangeAsync<CtiPlanVersion>(citizen, ct),
            await tables.LatestChangeAsync<CtiHandoverMeeting>(citizen, ct),
            await tables.LatestChangeAsync<CtiMeasurement>(citizen, ct));

    /// <summary>Children first (they also go with the course by cascade), then the CTI course.</summary>
    public async Task<int> EraseAsync(ErasableCitizen citizen, CancellationToken ct)
        => await tables.DeleteAsync<CtiChecklistAnswer>(citizen, ct)
           + await tables.DeleteAsync<CtiTransition>(citizen, ct)
           + await tables.DeleteAsync<CtiGoal>(citizen, ct)
           + await tables.DeleteAsync<CtiPlanVersion>(citizen, ct)
           + await tables.DeleteAsync<CtiHandoverMeeting>(citizen, ct)
           + await tables.DeleteAsync<CtiMeasurement>(citizen, ct)
           + await tables.DeleteAsync<CtiCourse>(citizen, ct);
}
