using Caseload.Application.Common;
using Caseload.Application.Contacts;
using Caseload.Application.CourseEvents;
using Caseload.Domain.CourseEvents;
using Caseload.Domain.Outreach;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using static Caseload.Application.CourseEvents.EntityEntryChanges;

namespace Caseload.Application.Outreach;

/// <summary>The outreach engine's events: steps done, contact attempts, consents given and withdrawn, the course closed
/// (ADR 0024). Deadlines met or missed are derived from the step dates, not recorded (ADR 0014).</summary>
public sealed class OutreachEventSource(IOutreachDbContext db) : ICourseEventSource
{
    public async ValueTask<IReadOnlyList<CourseEventDraft>> FromChangesAsync(IReadOnlyList<EntityEntry> changes, CancellationToken ct)
    {
        var steps = changes.Added<OutreachEventRecord>().ToList();
        var attempts = changes.Added<OutreachContactAttempt>().ToList();
        var consents = changes.Added<OutreachConsent>().ToList();
        var withdrawals = changes.Changed<OutreachConsent>(nameof(OutreachConsent.WithdrawnOn)).Where(c => c.WithdrawnOn is not null).ToList();
        var closed = changes.Changed<OutreachCase>(nameof(OutreachCase.ClosedOn)).Where(c => c.ClosedOn is not null).ToList();
        if (steps.Count + attempts.Count + consents.Count + withdrawals.Count + closed.Count == 0) return [];

        var ids = steps.Select(s => s.OutreachCaseId).Concat(attempts.Select(a => a.OutreachCaseId)).Concat(consents.Select(c => c.OutreachCaseId))
            .Concat(withdrawals.Select(c => c.OutreachCaseId)).Distinct().ToList();
        var courseOf = changes.Select(e => e.Entity).OfType<OutreachCase>().Where(c => ids.Contains(c.Id)).ToDictionary(c => c.Id, c => c.CourseId);
        var missing = ids.Where(id => !courseOf.ContainsKey(id)).ToList();
        if (missing.Count > 0)
            foreach (var c in await db.OutreachCases.AsNoTracking().Where(c => missing.Contains(c.Id)).Select(c => new { c.Id, c.CourseId }).ToListAsync(ct))
                courseOf[c.Id] = c.CourseId;

        return steps.Select(s => Step(s, courseOf[s.OutreachCaseId]))
            .Concat(attempts.Select(a => Attempt(a, courseOf[a.OutreachCaseId])))
            .Concat(consents.Select(c => Given(c, courseOf[c.OutreachCaseId])))
            .Concat(withdrawals.Select(c => Withdrawn(c, courseOf[c.OutreachCaseId])))
            .Concat(closed.Select(Closed))
            .ToList();
    }

    public async Task<IReadOnlyList<CourseEventDraft>> FromStoredRowsAsync(IReadOnlyList<Guid> citizenIds, CancellationToken ct)
    {
        var cases = await db.OutreachCases.AsNoTracking().Where(c => citizenIds.Contains(c.CitizenId))
            .Include(c => c.Events).Include(c => c.ContactAttempts).Include(c => c.Consents).ToListAsync(ct);
        return cases.SelectMany(c => c.Events.Select(s => Step(s, c.CourseId))
                .Concat(c.ContactAttempts.Select(a => Attempt(a, c.CourseId)))
                .Concat(c.Consents.Select(k => Given(k, c.CourseId)))
                .Concat(c.Consents.Where(k => k.WithdrawnOn is not null).Select(k => Withdrawn(k, c.CourseId)))
                .Concat(c.ClosedOn is not null ? [Closed(c)] : []))
            .ToList();
    }

    private static CourseEventDraft Step(OutreachEventRecord s, Guid courseId)
        => new(CourseEventTypes.OutreachStepDone, s.CitizenId, courseId, NoonOf(s.Date), s.By,
            new CourseEventPayload(SubjectId: s.Id, Code: CourseEventTypes.CodeOf(s.Event), ActualOn: s.Date));

    private static CourseEventDraft Attempt(OutreachContactAttempt a, Guid courseId)
        => new(a.Outcome == AttemptOutcome.Reached ? CourseEventTypes.ContactAchieved : CourseEventTypes.ContactAttempted, a.CitizenId, courseId,
            NoonOf(a.Date), a.By, new CourseEventPayload(SubjectId: a.Id, Code: PlaceOf(a.Channel), ActualOn: a.Date));

    private static CourseEventDraft Given(OutreachConsent c, Guid courseId)
        => new(CourseEventTypes.ConsentGiven, c.CitizenId, courseId, NoonOf(c.GivenOn), null,
            new CourseEventPayload(SubjectId: c.Id, PlannedOn: c.ValidUntil, ActualOn: c.GivenOn));

    private static CourseEventDraft Withdrawn(OutreachConsent c, Guid courseId)
        => new(CourseEventTypes.ConsentWithdrawn, c.CitizenId, courseId, NoonOf(c.WithdrawnOn!.Value), null,
            new CourseEventPayload(SubjectId: c.Id, ActualOn: c.WithdrawnOn));

    private static CourseEventDraft Closed(OutreachCase c)
        => new(CourseEventTypes.OutreachClosed, c.CitizenId, c.CourseId, NoonOf(c.ClosedOn!.Value), c.ClosedBy,
            new CourseEventPayload(Code: c.ClosureReason is { } r ? CourseEventTypes.CodeOf(r) : null, ActualOn: c.ClosedOn));

    private static string PlaceOf(AttemptChannel channel) => channel switch
    {
        AttemptChannel.Visit => ContactPlaces.Home,
        AttemptChannel.Phone or AttemptChannel.TextMessage => ContactPlaces.Phone,
        AttemptChannel.Email or AttemptChannel.Letter => ContactPlaces.Written,
        AttemptChannel.Network => ContactPlaces.Network,
        _ => ContactPlaces.Other,
    };
}
