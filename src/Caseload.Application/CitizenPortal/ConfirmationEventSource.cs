using Caseload.Application.Common;
using Caseload.Application.CourseEvents;
using Caseload.Domain.CitizenPortal;
using Caseload.Domain.CourseEvents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Caseload.Application.CitizenPortal;

/// <summary>"Jeg har læst den og er enig" in the course event log (ADR 0048 addendum): <c>document.confirmed</c>, written by the
/// command path in the confirmation's own transaction. The payload names the confirmation, the document's kind and the version —
/// never the citizen's words. The kind comes from the document's own source (each engine says what its key means).</summary>
public sealed class ConfirmationEventSource(ICaseloadDbContext db, IEnumerable<IOwnDocumentSource> sources) : ICourseEventSource, ICourseEventTopUp
{
    public ValueTask<IReadOnlyList<CourseEventDraft>> FromChangesAsync(IReadOnlyList<EntityEntry> changes, CancellationToken ct)
    {
        IReadOnlyList<CourseEventDraft> events = [.. changes.Added<CitizenConfirmation>().Select(Confirmed)];
        return ValueTask.FromResult(events);
    }

    public async Task<IReadOnlyList<CourseEventDraft>> FromStoredRowsAsync(IReadOnlyList<Guid> citizenIds, CancellationToken ct)
        => [.. (await db.CitizenConfirmations.AsNoTracking().Where(c => citizenIds.Contains(c.CitizenId)).ToListAsync(ct)).Select(Confirmed)];

    /// <summary>Confirmations made before the event type existed get their events once, at start-up.</summary>
    public async Task<IReadOnlyList<CourseEventDraft>> MissingEventsAsync(CancellationToken ct)
    {
        if (await db.CourseEvents.AnyAsync(e => e.Type == CourseEventTypes.DocumentConfirmed, ct)) return [];
        return [.. (await db.CitizenConfirmations.AsNoTracking().ToListAsync(ct)).Select(Confirmed)];
    }

    private CourseEventDraft Confirmed(CitizenConfirmation c)
        => new(CourseEventTypes.DocumentConfirmed, c.CitizenId, null, c.CreatedAt, null,
            new CourseEventPayload(SubjectId: c.Id, Code: KindOf(c.DocumentKey), Number: c.DocumentVersion));

    private string KindOf(string key) => sources.FirstOrDefault(s => s.DocumentKey == key)?.EventKind ?? "other";
}
