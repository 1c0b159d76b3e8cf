using Caseload.Application.Common;
using Caseload.Application.Contacts;
using Caseload.Domain.CourseEvents;
using Caseload.Domain.Results;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Results;

/// <summary>
/// Fills <see cref="MonthlyFigure"/> from the course event log once, when the table is empty (an existing database, the
/// demo data, the data generator), with the same <see cref="FigureTally"/> as the live path, so both count alike
/// (ADR 0031). Citizens in batches; the figures are written in one transaction at the end.
/// </summary>
public sealed class MonthlyFigureBackfill(ICaseloadDbContext db)
{
    public const int CitizensPerBatch = 500;

    private static readonly string[] Types = [CourseEventTypes.CourseStarted, CourseEventTypes.CourseClosed, CourseEventTypes.ContactAchieved, CourseEventTypes.MeetingHeld];

    /// <returns>The number of figures written (0 when there were figures already).</returns>
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        if (await db.MonthlyFigures.AnyAsync(ct)) return 0;
        var citizenIds = await db.Citizens.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(ct);
        var tally = new FigureTally();
        var channels = ContactPlaces.FaceToFaceChannels.ToList();
        foreach (var chunk in citizenIds.Chunk(CitizensPerBatch))
        {
            var events = await db.CourseEvents.AsNoTracking().Where(e => chunk.Contains(e.CitizenId) && Types.Contains(e.Type))
                .OrderBy(e => e.OccurredAt).ThenBy(e => e.Sequence).ToListAsync(ct);
            var workers = await db.ContactLog.AsNoTracking()
                .Where(c => chunk.Contains(c.CitizenId) && c.Achieved && channels.Contains(c.Channel))
                .Select(c => new { c.Id, c.AuthorId, Present = c.WorkersPresent.Select(w => w.UserId).ToList() })
                .ToDictionaryAsync(c => c.Id, c => c.Present.Prepend(c.AuthorId).ToList(), ct);
            foreach (var e in events)
            {
                tally.Add(e);
                if (FigureTally.IsFaceToFaceContact(e) && workers.TryGetValue(e.SubjectId!.Value, out var met)) tally.AddWorkers(e, met);
            }
        }
        var rows = tally.Totals.Select(t => new MonthlyFigure(t.Key.Team, t.Key.Method, t.Key.Month, t.Key.Key, t.Value.Count, t.Value.Sum)).ToList();
        if (rows.Count == 0) return 0;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await db.MonthlyFigures.AnyAsync(ct)) return 0;
        db.MonthlyFigures.AddRange(rows);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return rows.Count;
    }
}
