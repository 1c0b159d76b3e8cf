using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Engines;
using Caseload.Application.Security;
using Caseload.Domain.Contacts;
using Caseload.Domain.CourseEvents;
using Caseload.Domain.Courses;
using Caseload.Domain.FieldMode;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.DataProtection;

/// <summary>
/// The spine's part (ADR 0052): the courses, the change of primary worker, the contact log, field mode's check-outs and
/// conflicts, the course events. Erased last: the contact log, check-outs, conflicts and the reasons for a change of worker
/// are deleted; the courses keep their dates, method, team and end cause (statistics) but lose the free-text reason; the
/// course events stay (no personal values by design, docs/course-events.md); the citizen becomes an anonymised stub.
/// </summary>
public sealed class SpineCitizenData(ICaseloadDbContext db, CitizenTables tables, IDanishClock clock) : ICitizenDataContributor
{
    public int Order => 1000;

    private DbContext Context => db.ChangeTracker.Context;

    public async Task<IReadOnlyList<CitizenDataSection>> InsightAsync(ScopedCitizen citizen, CancellationToken ct)
    {
        var courses = await tables.SectionAsync<Course>(citizen, "Forløb", ct);
        var courseIds = await db.Courses.Where(c => c.CitizenId == citizen.Id).Select(c => c.Id).ToListAsync(ct);
        var assignments = await Context.Set<CourseAssignment>().AsNoTracking().Where(a => courseIds.Contains(a.CourseId)).OrderBy(a => a.At).ToListAsync(ct);
        return
        [
            courses,
            new CitizenDataSection("Skift af tovholder", [.. assignments.Select((a, i) => CitizenTables.Record($"Skift af tovholder {i + 1}", a))]),
            await tables.SectionAsync<ContactLogEntry>(citizen, "Kontaktlog", ct),
            await tables.SectionAsync<FieldCheckout>(citizen, "Feltmode: udtjekket til enhed", ct),
            await tables.SectionAsync<FieldConflict>(citizen, "Feltmode: konflikter", ct),
            await tables.SectionAsync<CourseEvent>(citizen, "Forløbshændelser", ct),
        ];
    }

    public async Task<DateTime?> LastActivityAsync(ErasableCitizen citizen, CancellationToken ct)
    {
        var record = await db.Citizens.Where(c => c.Id == citizen.Id).Select(c => (DateTime?)(c.UpdatedAt ?? c.CreatedAt)).FirstOrDefaultAsync(ct);
        return CitizenTables.Latest(record,
            await tables.LatestChangeAsync<Course>(citizen, ct),
            await tables.LatestChangeAsync<ContactLogEntry>(citizen, ct),
            await tables.LatestAsync<ContactLogEntry>(citizen, e => e.OccurredAt, ct));
    }

    public async Task<int> EraseAsync(ErasableCitizen citizen, CancellationToken ct)
    {
        var courseIds = db.Courses.Where(c => c.CitizenId == citizen.Id).Select(c => c.Id);
        var erased = await tables.DeleteAsync<ContactLogEntry>(citizen, ct)
            + await tables.DeleteAsync<FieldCheckout>(citizen, ct)
            + await tables.DeleteAsync<FieldConflict>(citizen, ct)
            + await Context.Set<CourseAssignment>().Where(a => courseIds.Contains(a.CourseId)).ExecuteDeleteAsync(ct)
            + await db.Courses.Where(c => c.CitizenId == citizen.Id && c.CloseReason != null)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.CloseReason, (string?)null), ct);
        var record = await db.Citizens.FirstAsync(c => c.Id == citizen.Id, ct);
        record.Anonymise(clock.UtcNow); // saved by the command path, audited as a change of the record
        return erased + 1;
    }
}
