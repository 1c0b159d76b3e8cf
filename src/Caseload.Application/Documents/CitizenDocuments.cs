using Caseload.Application.Agreements;
using Caseload.Application.Common;
using Caseload.Application.NetworkMaps;
using Caseload.Application.Security;
using Caseload.Domain.NetworkMaps;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Documents;

public sealed record CitizenDocumentsSummary(NetworkMapSummary? Map, IReadOnlyList<AgreementListRow> Agreements,
    IReadOnlyList<Meetings.MeetingListRow> Meetings);

/// <summary>The citizen page's "Dokumenter" section: the network map's state, the cooperation agreements and the
/// coordinating meetings, in one query. (The ACT action plan is the ACT engine's own section.)</summary>
public sealed class CitizenDocuments(ICaseloadDbContext db)
{
    public async Task<CitizenDocumentsSummary> ForCitizenAsync(ScopedCitizen citizen, CancellationToken ct = default)
    {
        var found = await db.Citizens.AsNoTracking().Where(z => z.Id == citizen.Id)
            .Select(z => new
            {
                // One map per citizen (unique index), read as a list: "the first" of an object here becomes ROW_NUMBER() over
                // every citizen's map in EF Core's SQL, a cost that grows with the municipality.
                Maps = db.NetworkMaps.Where(m => m.CitizenId == z.Id).Select(m => new { m.PersonsJson, m.VersionCount, m.LastSavedAt }).ToList(),
                Agreements = db.CooperationAgreements.Where(a => a.CitizenId == z.Id).OrderByDescending(a => a.MadeOn)
                    .Select(a => new AgreementListRow(a.Id, a.MadeOn, a.NextFollowUpOn)).ToList(),
                Meetings = db.CoordinatingMeetings.Where(m => m.CitizenId == z.Id).OrderByDescending(m => m.Date).ThenByDescending(m => m.StartsAt)
                    .Select(m => new Meetings.MeetingListRow(m.Id, m.Date, m.StartsAt, m.InvitationSentAt != null, m.MinutesSentAt != null)).ToList(),
            })
            .FirstAsync(ct);
        var map = found.Maps.FirstOrDefault() is { LastSavedAt: { } saved } m
            ? new NetworkMapSummary(NetworkMap.PersonsOf(m.PersonsJson).Count, m.VersionCount, saved)
            : null;
        return new CitizenDocumentsSummary(map, found.Agreements, found.Meetings);
    }
}
