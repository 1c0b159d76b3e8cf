using Caseload.Application.Common;
using Caseload.Application.CourseEvents;
using Caseload.Domain.CourseEvents;
using Caseload.Domain.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using static Caseload.Application.CourseEvents.EntityEntryChanges;

namespace Caseload.Application.Courses;

/// <summary>The spine's events: a course started, got a new primary worker, closed (whatever its method).</summary>
public sealed class CourseEventSource(ICaseloadDbContext db) : ICourseEventSource
{
    public ValueTask<IReadOnlyList<CourseEventDraft>> FromChangesAsync(IReadOnlyList<EntityEntry> changes, CancellationToken ct)
    {
        var events = changes.Added<Course>().Select(Started)
            .Concat(changes.Added<CourseAssignment>().Where(a => a.FromWorkerId is not null)
                .Select(a => Reassigned(a, CitizenOf(changes, a.CourseId))).OfType<CourseEventDraft>())
            .Concat(changes.Changed<Course>(nameof(Course.Status)).Where(c => c.Status == CourseStatus.Closed).Select(Closed))
            .ToList();
        return ValueTask.FromResult<IReadOnlyList<CourseEventDraft>>(events);
    }

    public async Task<IReadOnlyList<CourseEventDraft>> FromStoredRowsAsync(IReadOnlyList<Guid> citizenIds, CancellationToken ct)
    {
        var courses = await db.Courses.AsNoTracking().Include(c => c.Assignments).Where(c => citizenIds.Contains(c.CitizenId)).ToListAsync(ct);
        return courses.Select(Started)
            .Concat(courses.SelectMany(c => c.Assignments.Where(a => a.FromWorkerId is not null).Select(a => Reassigned(a, c.CitizenId)!)))
            .Concat(courses.Where(c => c.Status == CourseStatus.Closed).Select(Closed))
            .ToList();
    }

    private static CourseEventDraft Started(Course c)
        => new(CourseEventTypes.CourseStarted, c.CitizenId, c.Id, NoonOf(c.StartDate), c.Assignments.FirstOrDefault()?.By,
            new CourseEventPayload(ActualOn: c.StartDate));

    private static CourseEventDraft? Reassigned(CourseAssignment a, Guid? citizenId)
        => citizenId is { } id ? new(CourseEventTypes.CourseReassigned, id, a.CourseId, a.At, a.By, CourseEventPayload.None) : null;

    private static CourseEventDraft Closed(Course c)
        => new(CourseEventTypes.CourseClosed, c.CitizenId, c.Id, NoonOf(c.EndDate!.Value), null, new CourseEventPayload(
            Code: c.EndCause is { } cause ? CourseEventTypes.CodeOf(cause) : null, ActualOn: c.EndDate));

    private static Guid? CitizenOf(IReadOnlyList<EntityEntry> changes, Guid courseId)
        => changes.Select(e => e.Entity).OfType<Course>().FirstOrDefault(c => c.Id == courseId)?.CitizenId;
}
