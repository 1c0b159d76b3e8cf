using Caseload.Application.Agreements;
using Caseload.Application.Common;
using Caseload.Application.NetworkMaps;
using Caseload.Application.Security;
using Caseload.Domain.NetworkMaps;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Documents;

/// <summary><see cref="ActionPlanRevisions"/>: null when the citizen is in no ACT team and has no plan (the section then leaves it out).</summary>
public sealed record CitizenDocumentsSummary(NetworkMapSummary? Map, IReadOnlyList<AgreementListRow> Agreements, int? ActionPlanRevisions,
    IReadOnlyList<Meetings.MeetingListRow> Meetings);

/// <summary>The citizen page's "Dokumenter" section: the network map's state, the cooperation agreements, the action plan
/// and the coordinating meetings, in one query.</summary>
public sealed class CitizenDocuments(ICaseloadDbContext db)
{
    public async Task<CitizenDocumentsSummary> ForCitizenAsync(ScopedCitizen citizen, CancellationToken ct = default)
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
                Act = db.Teams.Any(t => t.Id == z.TeamId && t.Method == Domain.Teams.Method.Act),
            })
            .FirstAsync(ct);
        var map = found.Map?.LastSavedAt is { } saved
            ? new NetworkMapSummary(NetworkMap.PersonsOf(found.Map.PersonsJson).Count, found.Map.VersionCount, saved)
            : null;
        return new CitizenDocumentsSummary(map, found.Agreements, found.Plan ?? (found.Act ? 0 : null), found.Meetings);
    }
}
