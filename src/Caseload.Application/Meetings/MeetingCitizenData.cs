using Caseload.Application.DataProtection;
using Caseload.Application.Engines;
using Caseload.Application.Security;
using Caseload.Domain.Meetings;

namespace Caseload.Application.Meetings;

/// <summary>The coordinating meetings' part of the insight package and of retention (ADR 0052): agendas, minutes, tasks.</summary>
public sealed class MeetingCitizenData(CitizenTables tables) : ICitizenDataContributor
{
    public int Order => 520;

    public Task<IReadOnlyList<CitizenDataSection>> InsightAsync(ScopedCitizen citizen, CancellationToken ct)
        => CitizenTables.SectionsAsync(citizen, ct,
            (c, t) => tables.SectionAsync<CoordinatingMeeting>(c, "Koordinerende møder", t),
            (c, t) => tables.SectionAsync<MeetingTask>(c, "Koordinerende møder: opgaver", t));

    public async Task<DateTime?> LastActivityAsync(ErasableCitizen citizen, CancellationToken ct)
        => CitizenTables.Latest(await tables.LatestChangeAsync<CoordinatingMeeting>(citizen, ct), await tables.LatestChangeAsync<MeetingTask>(citizen, ct));

    public async Task<int> EraseAsync(ErasableCitizen citizen, CancellationToken ct)
        => await tables.DeleteAsync<MeetingTask>(citizen, ct) + await tables.DeleteAsync<CoordinatingMeeting>(citizen, ct);
}
