using Caseload.Application.Common.Time;
using Caseload.Application.Engines;
using Caseload.Domain.Outreach;

namespace Caseload.Application.Outreach;

/// <summary>Outreach's open deadlines (the steps' working-day deadlines and the agreements' follow-ups), per citizen.</summary>
public sealed class OutreachDeadlineSource(DeadlineList deadlines, IDanishClock clock) : IDeadlineSource
{
    public async Task<IReadOnlyList<EngineDeadline>> OpenForCitizensAsync(IReadOnlyList<Guid> citizenIds, CancellationToken ct)
        => citizenIds.Count == 0 ? []
            : (await deadlines.OpenForCitizensAsync(citizenIds, ct))
                .Select(d => new EngineDeadline(d.CitizenId, d.Kind.Brief(), d.Due,
                    d.Kind == DeadlineKind.AgreementFollowUp ? $"/borgere/{d.CitizenId}" : $"/borgere/{d.CitizenId}/fs",
                    OutreachTermNames.WorkingDaysDanish(d.WorkingDaysLeft, d.Due, clock.Today)))
                .ToList();
}
