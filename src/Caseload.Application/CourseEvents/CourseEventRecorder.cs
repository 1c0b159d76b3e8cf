using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Domain.CourseEvents;
using Caseload.Domain.Courses;
using Caseload.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.CourseEvents;

/// <summary>
/// Writes the course event log for the command path (ADR 0024): asks every registered <see cref="ICourseEventSource"/>
/// what the command's tracked changes mean, places each event in its course, team and method, and adds the rows to the
/// same unit of work, so they are saved in the command's transaction or not at all.
/// </summary>
public sealed class CourseEventRecorder(ICaseloadDbContext db, IEnumerable<ICourseEventSource> sources, IDanishClock clock, ICurrentUser user)
{
    public async Task RecordChangesAsync(CancellationToken ct)
    {
        var changes = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified && e.Entity is not CourseEvent).ToList();
        if (changes.Count == 0) return;
        var drafts = new List<CourseEventDraft>();
        foreach (var source in sources) drafts.AddRange(await source.FromChangesAsync(changes, ct));
        if (drafts.Count > 0) await AddAsync(drafts, clock.UtcNow, user.UserId, ct);
    }

    /// <summary>Places the drafts and adds them (not saved here). <paramref name="recordedBy"/> stands in for a draft without one.</summary>
    public async Task AddAsync(IReadOnlyList<CourseEventDraft> drafts, DateTime recordedAt, string? recordedBy, CancellationToken ct)
    {
        var courses = await CoursesAsync(drafts.Where(d => d.CourseId is not null).Select(d => d.CourseId!.Value).Distinct().ToList(), ct);
        var citizens = await CitizensAsync(drafts.Where(d => d.CourseId is null).Select(d => d.CitizenId).Distinct().ToList(), ct);
        foreach (var d in drafts)
        {
            (Guid? Course, Guid Team, Method Method)? place = d.CourseId is { } id
                ? courses.TryGetValue(id, out var c) ? (id, c.Team, c.Method) : null
                : citizens.TryGetValue(d.CitizenId, out var z) ? (z.Course, z.Team, z.Method) : null;
            if (place is not { } p) continue; // a course or citizen that is not there: nothing to place the event in
            db.CourseEvents.Add(new CourseEvent(d.Type, p.Course, d.CitizenId, p.Team, p.Method, d.OccurredAt, clock.DateOf(d.OccurredAt),
                recordedAt, d.RecordedBy ?? recordedBy, d.Payload));
        }
    }

    private async Task<Dictionary<Guid, (Guid Team, Method Method)>> CoursesAsync(List<Guid> ids, CancellationToken ct)
    {
        var found = db.ChangeTracker.Entries<Course>().Where(e => ids.Contains(e.Entity.Id))
            .ToDictionary(e => e.Entity.Id, e => (e.Entity.TeamId, e.Entity.Method));
        var missing = ids.Where(id => !found.ContainsKey(id)).ToList();
        if (missing.Count > 0)
            foreach (var c in await db.Courses.AsNoTracking().Where(c => missing.Contains(c.Id))
                         .Select(c => new { c.Id, c.TeamId, c.Method }).ToListAsync(ct))
                found[c.Id] = (c.TeamId, c.Method);
        return found;
    }

    /// <summary>An event of the citizen (a contact, a document) belongs to the citizen's team and to the active course there, if any.</summary>
    private async Task<Dictionary<Guid, (Guid? Course, Guid Team, Method Method)>> CitizensAsync(List<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var rows = await db.Citizens.AsNoTracking().Where(z => ids.Contains(z.Id))
            .Select(z => new
            {
                z.Id, z.TeamId,
                Method = db.Teams.Where(t => t.Id == z.TeamId).Select(t => t.Method).First(),
                Course = db.Courses.Where(k => k.CitizenId == z.Id && k.TeamId == z.TeamId && k.Status == CourseStatus.Active)
                    .OrderBy(k => k.StartDate).Select(k => (Guid?)k.Id).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var found = rows.ToDictionary(r => r.Id, r => (Course: r.Course, Team: r.TeamId, r.Method));
        // A citizen created in this same command (a referral with a new citizen, ADR 0036): its team, no course yet.
        var added = db.ChangeTracker.Entries<Domain.Citizens.Citizen>().Where(e => e.State == EntityState.Added && ids.Contains(e.Entity.Id) && !found.ContainsKey(e.Entity.Id))
            .Select(e => e.Entity).ToList();
        if (added.Count > 0)
        {
            var teamIds = added.Select(c => c.TeamId).Distinct().ToList();
            var methods = await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Method, ct);
            foreach (var c in added.Where(c => methods.ContainsKey(c.TeamId))) found[c.Id] = (null, c.TeamId, methods[c.TeamId]);
        }
        // A course started in this same command is not in the database yet.
        foreach (var c in db.ChangeTracker.Entries<Course>().Where(e => e.State == EntityState.Added).Select(e => e.Entity))
            if (found.TryGetValue(c.CitizenId, out var z) && z.Course is null && z.Team == c.TeamId) found[c.CitizenId] = (c.Id, z.Team, z.Method);
        return found;
    }
}
