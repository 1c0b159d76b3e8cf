using Caseload.Application.Common;
using Caseload.Application.CourseEvents;
using Caseload.Domain.ActionPlans;
using Caseload.Domain.CourseEvents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Caseload.Application.ActionPlans;

/// <summary>The ACT action plan's events: each new revision is a document saved (ADR 0024).</summary>
public sealed class ActionPlanEventSource(IActDbContext db) : ICourseEventSource
{
    public const string Kind = "action-plan";

    public ValueTask<IReadOnlyList<CourseEventDraft>> FromChangesAsync(IReadOnlyList<EntityEntry> changes, CancellationToken ct)
        => ValueTask.FromResult<IReadOnlyList<CourseEventDraft>>(changes.Added<ActionPlanRevision>().Select(Draft).ToList());

    public async Task<IReadOnlyList<CourseEventDraft>> FromStoredRowsAsync(IReadOnlyList<Guid> citizenIds, CancellationToken ct)
        => (await db.ActionPlanRevisions.AsNoTracking().Where(v => citizenIds.Contains(v.CitizenId)).ToListAsync(ct)).Select(Draft).ToList();

    private static CourseEventDraft Draft(ActionPlanRevision v)
        => new(CourseEventTypes.DocumentSaved, v.CitizenId, null, v.SavedAt, v.SavedBy, new CourseEventPayload(SubjectId: v.ActionPlanId, Code: Kind, Number: v.Number));
}
