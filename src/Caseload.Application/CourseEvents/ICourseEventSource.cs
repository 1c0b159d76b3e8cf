using Caseload.Domain.CourseEvents;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Caseload.Application.CourseEvents;

/// <summary>An event before the recorder has placed it: the source names the citizen and, when it knows it, the
/// course; the recorder adds the team, the method and the Danish date (ADR 0024).</summary>
public sealed record CourseEventDraft(string Type, Guid CitizenId, Guid? CourseId, DateTime OccurredAt, string? RecordedBy,
    CourseEventPayload Payload);

/// <summary>
/// What an engine's changes mean as course events. Each engine (and the spine) registers one in its own folder;
/// the command path asks every source about the changes a command made, inside the command's transaction, so no
/// service writes an event by hand. The same source describes the rows already stored, for the backfill.
/// </summary>
public interface ICourseEventSource
{
    /// <summary>The events that these tracked changes (added or modified entities) record.</summary>
    ValueTask<IReadOnlyList<CourseEventDraft>> FromChangesAsync(IReadOnlyList<EntityEntry> changes, CancellationToken ct);

    /// <summary>The events the rows already stored for these citizens imply (the backfill of an existing database), in any order.</summary>
    Task<IReadOnlyList<CourseEventDraft>> FromStoredRowsAsync(IReadOnlyList<Guid> citizenIds, CancellationToken ct);
}

/// <summary>A source that added event types after logs were first filled (ADR 0036): the start-up fills in what an existing
/// log lacks, once. Returns nothing when the log has its events already.</summary>
public interface ICourseEventTopUp
{
    Task<IReadOnlyList<CourseEventDraft>> MissingEventsAsync(CancellationToken ct);
}

public static class EntityEntryChanges
{
    public static IEnumerable<T> Added<T>(this IReadOnlyList<EntityEntry> changes) where T : class
        => changes.Where(e => e.State == Microsoft.EntityFrameworkCore.EntityState.Added).Select(e => e.Entity).OfType<T>();

    /// <summary>Modified entities of type T whose <paramref name="property"/> changed in this command.</summary>
    public static IEnumerable<T> Changed<T>(this IReadOnlyList<EntityEntry> changes, string property) where T : class
        => changes.Where(e => e.State == Microsoft.EntityFrameworkCore.EntityState.Modified && e.Entity is T
                && e.Property(property) is { IsModified: true } p && !Equals(p.OriginalValue, p.CurrentValue))
            .Select(e => (T)e.Entity);

    /// <summary>A date-only fact placed at noon Danish time: its UTC instant falls on the same Danish date.</summary>
    public static DateTime NoonOf(DateOnly date) => Common.Time.DanishTime.StartOfDayUtc(date).AddHours(12);
}
