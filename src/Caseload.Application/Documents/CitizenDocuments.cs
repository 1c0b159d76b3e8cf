using Caseload.Application.Agreements;
using Caseload.Application.Common;
using Caseload.Application.NetworkMaps;
using Caseload.Application.Security;
using Caseload.Domain.NetworkMaps;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Documents;

/// <summary><see cref="ActionPlanRevisions"/>: null when the ACT engine does not concern the citizen (the section then leaves it out).</summary>
public sealed record CitizenDocumentsSummary(NetworkMapSummary? Map, IReadOnlyList<AgreementListRow> Agreements, int? ActionPlanRevisions,
    IReadOnlyList<Meetings.MeetingListRow> Meetings);

/// <summary>The citizen page's "Dokumenter" section: the network map's state, the cooperation agreements, the action plan
/// and the coordinating meetings, in one query.</summary>
public sealed class CitizenDocuments(ICaseloadDbContext db)
{
    /// <param name="actionPlanApplies">The ACT engine concerns the citizen: the plan shows even before it is made.</param>
    public async Task<CitizenDocumentsSummary> ForCitizenAsync(ScopedCitizen citizen, bool actionPlanApplies, CancellationToken ct = default)
    {
        var found = await db.Citizens.AsNoTracking().Where(z => z.Id == citizen.Id)
            .Select(z => new
            {
                Map = db.NetworkMaps.Where(m => m.CitizenId == z.Id).Select(m => new { m.PersonsJson, m.VersionCount, m.LastSavedAt }).FirstOrDefault(),
                Agreements = db.CooperationAgreements.Where(a => a.CitizenId == z.Id).OrderByDescending(a => a.MadeOn)
                    .Select(a => new AgreementListRow(a.Id, a.MadeOn, a.NextFollowUpOn)).ToList(),
                Meetings = db.CoordinatingMeetings.Where(m => m.CitizenId == z.Id).OrderByDescending(m => m.Date).ThenByDescending(m => m.StartsAt)
                    .Select(m => new Meetings.MeetingListRow(m.Id, m.Date, m.StartsAt, m.InvitationSentAt != null, m.MinutesSentAt != null)).ToList(),
                Plan = db.ActionPlans.Where(p => p.CitizenId == z.Id).Select(p => (int?)p.RevisionCount).FirstOrDefault(),
            })
            .FirstAsync(ct);
        var map = found.Map?.LastSavedAt is { } saved
            ? new NetworkMapSummary(NetworkMap.PersonsOf(found.Map.PersonsJson).Count, found.Map.VersionCount, saved)
            : null;
        return new CitizenDocumentsSummary(map, found.Agreements, found.Plan ?? (actionPlanApplies ? 0 : null), found.Meetings);
    }
}
