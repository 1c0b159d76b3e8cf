using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.CourseEvents;

/// <summary>
/// Fills the course event log from the rows an existing database already has (transitions, contacts, steps,
/// consents, document versions…), once: when the log is empty. The same sources describe the stored rows as
/// describe live changes, so a backfilled event reads exactly like a recorded one (ADR 0024). It goes through the
/// citizens in batches, in one transaction, so a large municipality is neither held in memory nor half-filled.
/// </summary>
public sealed class CourseEventBackfill(ICaseloadDbContext db, IEnumerable<ICourseEventSource> sources, CourseEventRecorder recorder,
    IDanishClock clock)
{
    public const int CitizensPerBatch = 500;

    /// <returns>The number of events written (0 when the log already had events).</returns>
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        if (await db.CourseEvents.AnyAsync(ct)) return await TopUpAsync(ct);
        var citizenIds = await db.Citizens.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(ct);
        var now = clock.UtcNow;
        var written = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var chunk in citizenIds.Chunk(CitizensPerBatch))
        {
            var drafts = new List<CourseEventDraft>();
            foreach (var source in sources) drafts.AddRange(await source.FromStoredRowsAsync(chunk, ct));
            // Within a batch the log's order follows what happened (the timeline orders by OccurredAt anyway).
            await recorder.AddAsync(drafts.OrderBy(d => d.OccurredAt).ToList(), now, null, ct);
            written += await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        await transaction.CommitAsync(ct);
        return written;
    }

    /// <summary>Event types added to a source after the log was filled: the rows already stored get theirs once (ADR 0036).</summary>
    private async Task<int> TopUpAsync(CancellationToken ct)
    {
        var written = 0;
        foreach (var source in sources.OfType<ICourseEventTopUp>())
        {
            var drafts = await source.MissingEventsAsync(ct);
            if (drafts.Count == 0) continue;
            await recorder.AddAsync(drafts.OrderBy(d => d.OccurredAt).ToList(), clock.UtcNow, null, ct);
            written += await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        return written;
    }
}
