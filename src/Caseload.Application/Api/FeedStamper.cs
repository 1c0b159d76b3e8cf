using Caseload.Application.Common;
using Caseload.Domain.Api;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Api;

/// <summary>
/// Gives committed course events their feed positions (ADR 0050). It sees only committed rows (read committed; SQLite has
/// one writer), numbers them after the highest position, in their sequence order, and saves them in one transaction. Two
/// stampers at once collide on the unique position (or the unique sequence) and the later one tries again, so positions
/// commit in their own order: a reader that has seen position n never later finds a new one below it. An event whose
/// transaction commits late simply gets a later position.
/// </summary>
public sealed class FeedStamper(ICaseloadDbContext db)
{
    private const int Batch = 2000;
    private const int Attempts = 5;

    public async Task StampAsync(CancellationToken ct = default)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var pending = await db.CourseEvents.AsNoTracking()
                .Where(e => !db.FeedPositions.Any(p => p.Sequence == e.Sequence))
                .OrderBy(e => e.Sequence).Select(e => e.Sequence).Take(Batch).ToListAsync(ct);
            if (pending.Count == 0) return;
            var last = await db.FeedPositions.MaxAsync(p => (long?)p.Position, ct) ?? 0;
            var rows = pending.Select((sequence, i) => new FeedPosition(last + 1 + i, sequence)).ToList();
            db.FeedPositions.AddRange(rows);
            try
            {
                await db.SaveChangesAsync(ct);
                if (pending.Count < Batch) return;
            }
            catch (DbUpdateException)
            {
                // Another stamper took these positions or events first: forget ours and look again.
            }
            finally
            {
                foreach (var entry in db.ChangeTracker.Entries<FeedPosition>().ToList()) entry.State = EntityState.Detached;
            }
        }
    }
}
