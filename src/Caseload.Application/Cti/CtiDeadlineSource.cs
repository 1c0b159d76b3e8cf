using Caseload.Application.Engines;
using Caseload.Domain.Cti;

namespace Caseload.Application.Cti;

/// <summary>CTI's open deadlines: the next planned transition, the handover meeting (by S + 8 months) and the
/// measurements at 3 and 6 months, for running courses (what the phase board's alerts say).</summary>
public sealed class CtiDeadlineSource(PhaseBoard board) : IDeadlineSource
{
    public async Task<IReadOnlyList<EngineDeadline>> OpenForCitizensAsync(IReadOnlyList<Guid> citizenIds, CancellationToken ct)
    {
        if (citizenIds.Count == 0) return [];
        var rows = await board.RunningRowsForCitizensAsync(citizenIds, ct);
        var list = new List<EngineDeadline>();
        foreach (var r in rows)
        {
            var url = $"/borgere/{r.CitizenId}/cti";
            if (r.Next is { } next && r.NextPlanned is { } planned) list.Add(new EngineDeadline(r.CitizenId, $"CTI: {next.Danish()}", planned, url));
            if (r.Plan is { } plan && (r.Alerts.HandoverMeetingUnbooked || r.Alerts.HandoverMeetingOverdue))
                list.Add(new EngineDeadline(r.CitizenId, "CTI: overdragelsesmøde", plan.HandoverMeetingDue, url));
        }
        return list;
    }
}
