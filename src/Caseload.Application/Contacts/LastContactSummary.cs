using Caseload.Application.Common;
using Caseload.Domain.Contacts;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Contacts;

/// <summary>
/// Keeps <c>Citizen.LastAchievedContactAt</c> in step with the contact log. The board, Mine borgere and every
/// engine list read that column instead of aggregating the log, so their cost follows their own rows, not
/// years of everyone's notes (issue #10). Contact-log entries are never edited or deleted, so a new entry is
/// the only thing that can move the summary, and only forwards.
/// </summary>
public static class LastContactSummary
{
    /// <summary>One conditional UPDATE in the caller's transaction: atomic, so two contacts logged at once both
    /// count, and it leaves the citizen's version alone (an open edit form stays valid).</summary>
    public static async Task RecordAsync(ICaseloadDbContext db, ContactLogEntry entry, CancellationToken ct)
    {
        if (!entry.Achieved) return;
        var at = entry.OccurredAt;
        await db.Citizens.Where(z => z.Id == entry.CitizenId && (z.LastAchievedContactAt == null || z.LastAchievedContactAt < at))
            .ExecuteUpdateAsync(s => s.SetProperty(z => z.LastAchievedContactAt, at), ct);
    }

    /// <summary>Recomputes every citizen's summary from the log: for bulk writers (demo data, the data generator).</summary>
    public static Task<int> RebuildAllAsync(ICaseloadDbContext db, CancellationToken ct)
        => db.Citizens.ExecuteUpdateAsync(s => s.SetProperty(z => z.LastAchievedContactAt,
            z => db.ContactLog.Where(c => c.CitizenId == z.Id && c.Achieved).Max(c => (DateTime?)c.OccurredAt)), ct);
}
