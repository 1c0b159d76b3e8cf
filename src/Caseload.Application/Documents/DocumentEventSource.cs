using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.CourseEvents;
using Caseload.Domain.Agreements;
using Caseload.Domain.CourseEvents;
using Caseload.Domain.Meetings;
using Caseload.Domain.NetworkMaps;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Caseload.Application.Documents;

/// <summary>The shared documents' events: a network map or cooperation agreement saved as a new version, and a coordinating
/// meeting held (its minutes sent) (ADR 0024; the ACT action plan's are the ACT engine's). Documents belong to the citizen: the recorder places
/// them in the citizen's active course.</summary>
public sealed class DocumentEventSource(ICaseloadDbContext db, IDanishClock clock) : ICourseEventSource
{
    public const string NetworkMapKind = "network-map";
    public const string AgreementKind = "cooperation-agreement";

    public ValueTask<IReadOnlyList<CourseEventDraft>> FromChangesAsync(IReadOnlyList<EntityEntry> changes, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var agreements = changes.Where(e => e.Entity is CooperationAgreement && e.State is EntityState.Added or EntityState.Modified)
            .Select(e => (CooperationAgreement)e.Entity);
        IReadOnlyList<CourseEventDraft> events = changes.Added<NetworkMapVersion>().Select(Map)
            .Concat(agreements.Select(a => Agreement(a, now)))
            .Concat(changes.Changed<CoordinatingMeeting>(nameof(CoordinatingMeeting.MinutesSentAt)).Where(m => m.MinutesSentAt is not null).Select(Meeting))
            .ToList();
        return ValueTask.FromResult(events);
    }

    public async Task<IReadOnlyList<CourseEventDraft>> FromStoredRowsAsync(IReadOnlyList<Guid> citizenIds, CancellationToken ct)
    {
        var maps = await db.NetworkMapVersions.AsNoTracking().Where(v => citizenIds.Contains(v.CitizenId)).ToListAsync(ct);
        var agreements = await db.CooperationAgreements.AsNoTracking().Where(a => citizenIds.Contains(a.CitizenId)).ToListAsync(ct);
        var meetings = await db.CoordinatingMeetings.AsNoTracking().Where(m => citizenIds.Contains(m.CitizenId) && m.MinutesSentAt != null).ToListAsync(ct);
        return maps.Select(Map).Concat(agreements.Select(a => Agreement(a, a.UpdatedAt ?? a.CreatedAt)))
            .Concat(meetings.Select(Meeting)).ToList();
    }

    private static CourseEventDraft Map(NetworkMapVersion v)
        => new(CourseEventTypes.DocumentSaved, v.CitizenId, null, v.SavedAt, v.SavedBy,
            new CourseEventPayload(SubjectId: v.NetworkMapId, Code: NetworkMapKind, Number: v.Number));

    /// <summary>An agreement keeps no version history, but its saved version number (the one the citizen confirms) goes with the event.</summary>
    private static CourseEventDraft Agreement(CooperationAgreement a, DateTime at)
        => new(CourseEventTypes.DocumentSaved, a.CitizenId, null, at, null,
            new CourseEventPayload(SubjectId: a.Id, Code: AgreementKind, Number: a.SavedVersion > 0 ? a.SavedVersion : null));

    private static CourseEventDraft Meeting(CoordinatingMeeting m)
        => new(CourseEventTypes.MeetingHeld, m.CitizenId, null, EntityEntryChanges.NoonOf(m.Date), null,
            new CourseEventPayload(SubjectId: m.Id, Code: "coordinating", ActualOn: m.Date));
}
