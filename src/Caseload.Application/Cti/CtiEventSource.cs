using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.CourseEvents;
using Caseload.Domain.CourseEvents;
using Caseload.Domain.Cti;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using static Caseload.Application.CourseEvents.EntityEntryChanges;

namespace Caseload.Application.Cti;

/// <summary>The CTI engine's events: phases entered (planned vs actual), the course ended, WHO-5 measurements,
/// plan goals and the handover meeting (ADR 0024).</summary>
public sealed class CtiEventSource(ICtiDbContext db, IDanishClock clock) : ICourseEventSource
{
    private sealed record CtiKey(Guid CourseId, InterruptionReason? Reason);

    public async ValueTask<IReadOnlyList<CourseEventDraft>> FromChangesAsync(IReadOnlyList<EntityEntry> changes, CancellationToken ct)
    {
        var transitions = changes.Added<CtiTransition>().ToList();
        var measurements = changes.Added<CtiMeasurement>().ToList();
        var goals = changes.Added<CtiGoal>().ToList();
        var goalChanges = changes.Changed<CtiGoal>(nameof(CtiGoal.Status)).ToList();
        var handovers = changes.Added<CtiHandoverMeeting>().Where(m => m.Held).Concat(changes.Changed<CtiHandoverMeeting>(nameof(CtiHandoverMeeting.Held))).ToList();
        if (transitions.Count + measurements.Count + goals.Count + goalChanges.Count + handovers.Count == 0) return [];

        var ids = transitions.Select(t => t.CtiCourseId).Concat(measurements.Select(m => m.CtiCourseId)).Concat(goals.Select(g => g.CtiCourseId))
            .Concat(goalChanges.Select(g => g.CtiCourseId)).Concat(handovers.Select(h => h.CtiCourseId)).Distinct().ToList();
        var keys = changes.Select(e => e.Entity).OfType<CtiCourse>().Where(c => ids.Contains(c.Id))
            .ToDictionary(c => c.Id, c => new CtiKey(c.CourseId, c.InterruptionReason));
        var missing = ids.Where(id => !keys.ContainsKey(id)).ToList();
        if (missing.Count > 0)
            foreach (var c in await db.CtiCourses.AsNoTracking().Where(c => missing.Contains(c.Id))
                         .Select(c => new { c.Id, c.CourseId, c.InterruptionReason }).ToListAsync(ct))
                keys[c.Id] = new CtiKey(c.CourseId, c.InterruptionReason);

        var now = clock.UtcNow;
        return transitions.Select(t => Transition(t, keys[t.CtiCourseId]))
            .Concat(measurements.Select(m => Measurement(m, keys[m.CtiCourseId].CourseId)))
            .Concat(goals.Select(g => Goal(CourseEventTypes.PlanGoalAdded, g, keys[g.CtiCourseId].CourseId, now)))
            .Concat(goalChanges.Select(g => Goal(CourseEventTypes.PlanGoalStatusChanged, g, keys[g.CtiCourseId].CourseId, now)))
            .Concat(handovers.Select(h => Handover(h, keys[h.CtiCourseId].CourseId)))
            .ToList();
    }

    public async Task<IReadOnlyList<CourseEventDraft>> FromStoredRowsAsync(IReadOnlyList<Guid> citizenIds, CancellationToken ct)
    {
        var courses = await db.CtiCourses.AsNoTracking().Where(c => citizenIds.Contains(c.CitizenId))
            .Include(c => c.Transitions).Include(c => c.Measurements).Include(c => c.Goals).Include(c => c.HandoverMeetings)
            .ToListAsync(ct);
        return courses.SelectMany(c =>
        {
            var key = new CtiKey(c.CourseId, c.InterruptionReason);
            return c.Transitions.Select(t => Transition(t, key))
                .Concat(c.Measurements.Select(m => Measurement(m, c.CourseId)))
                // A stored goal's status is today's, not the one it was added with: the backfill leaves the code out.
                .Concat(c.Goals.Select(g => Goal(CourseEventTypes.PlanGoalAdded, g, c.CourseId, g.CreatedAt) with { Payload = new CourseEventPayload(SubjectId: g.Id) }))
                .Concat(c.HandoverMeetings.Where(h => h.Held).Select(h => Handover(h, c.CourseId)));
        }).ToList();
    }

    private static CourseEventDraft Transition(CtiTransition t, CtiKey course)
    {
        var (type, code) = t.Kind switch
        {
            CtiTransitionKind.StartPhase1 => (CourseEventTypes.CtiPhaseEntered, "phase-1"),
            CtiTransitionKind.IntoPhase2 => (CourseEventTypes.CtiPhaseEntered, "phase-2"),
            CtiTransitionKind.IntoPhase3 => (CourseEventTypes.CtiPhaseEntered, "phase-3"),
            CtiTransitionKind.Complete => (CourseEventTypes.CtiEnded, "completed"),
            _ => (CourseEventTypes.CtiEnded, course.Reason is { } r ? CourseEventTypes.CodeOf(r) : "interrupted"),
        };
        return new(type, t.CitizenId, course.CourseId, NoonOf(t.Date), t.RecordedBy,
            new CourseEventPayload(SubjectId: t.Id, Code: code, PlannedOn: t.PlannedDate, ActualOn: t.Date, Flag: t.OffPlan));
    }

    private static CourseEventDraft Measurement(CtiMeasurement m, Guid courseId)
        => new(CourseEventTypes.MeasurementTaken, m.CitizenId, courseId, NoonOf(m.Date), null,
            new CourseEventPayload(SubjectId: m.Id, Code: $"who5:{CourseEventTypes.CodeOf(m.Point)}", Number: m.Who5Score, ActualOn: m.Date));

    private static CourseEventDraft Goal(string type, CtiGoal g, Guid courseId, DateTime at)
        => new(type, g.CitizenId, courseId, at, null, new CourseEventPayload(SubjectId: g.Id, Code: CourseEventTypes.CodeOf(g.Status)));

    private static CourseEventDraft Handover(CtiHandoverMeeting h, Guid courseId)
        => new(CourseEventTypes.MeetingHeld, h.CitizenId, courseId, NoonOf(h.Date), null,
            new CourseEventPayload(SubjectId: h.Id, Code: "cti-handover", ActualOn: h.Date));
}
