using Caseload.Application.CourseEvents;
using Caseload.Domain.ActionPlans;
using Caseload.Domain.CourseEvents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Caseload.Application.ActionPlans;

/// <summary>The ACT week's course events (ADR 0024, ADR 0032): a citizen reviewed at the team meeting; the meeting held, once
/// per citizen reviewed there, when it is closed (DACTS H3 counts meetings and reviews per week from these); intensified
/// support started and stopped early; a visit planned on the team's week, and cancelled (ADR 0033; whether it was held is
/// derived from the contact log's achieved contacts, not recorded). Ids, dates, codes and numbers only.</summary>
public sealed class TeamWeekEventSource(IActDbContext db, Common.Time.IDanishClock clock) : ICourseEventSource
{
    public const string TeamMeetingKind = "act-team";

    public ValueTask<IReadOnlyList<CourseEventDraft>> FromChangesAsync(IReadOnlyList<EntityEntry> changes, CancellationToken ct)
    {
        var drafts = new List<CourseEventDraft>();
        var meetings = db.ChangeTracker.Entries<TeamMeeting>().Select(e => e.Entity).ToDictionary(m => m.Id);
        foreach (var item in changes.Added<TeamMeetingItem>().Where(i => i.IsReviewed).Concat(changes.Changed<TeamMeetingItem>(nameof(TeamMeetingItem.ReviewedAt))))
            if (item.IsReviewed && meetings.TryGetValue(item.MeetingId, out var m)) drafts.Add(Reviewed(item, m.Date));
        foreach (var m in changes.Changed<TeamMeeting>(nameof(TeamMeeting.ClosedAt)).Where(m => m.IsClosed))
            drafts.AddRange(m.Items.Where(i => i.IsReviewed).Select(i => Held(m.Id, m.Date, i.CitizenId, m.ClosedBy)));
        drafts.AddRange(changes.Added<IntensifiedSupport>().Select(Started));
        drafts.AddRange(changes.Changed<IntensifiedSupport>(nameof(IntensifiedSupport.StoppedOn)).Where(p => p.StoppedOn is not null).Select(Stopped));
        drafts.AddRange(changes.Added<TeamVisit>().Select(v => Planned(v, clock.UtcNow)));
        drafts.AddRange(changes.Changed<TeamVisit>(nameof(TeamVisit.CancelledAt)).Where(v => v.IsCancelled).Select(Cancelled));
        return ValueTask.FromResult<IReadOnlyList<CourseEventDraft>>(drafts);
    }

    public async Task<IReadOnlyList<CourseEventDraft>> FromStoredRowsAsync(IReadOnlyList<Guid> citizenIds, CancellationToken ct)
    {
        var reviews = await db.TeamMeetingItems.AsNoTracking().Where(i => citizenIds.Contains(i.CitizenId) && i.ReviewedAt != null)
            .Join(db.TeamMeetings, i => i.MeetingId, m => m.Id, (i, m) => new { Item = i, m.Date, m.ClosedAt, m.ClosedBy })
            .ToListAsync(ct);
        var periods = await db.IntensifiedSupports.AsNoTracking().Where(p => citizenIds.Contains(p.CitizenId)).ToListAsync(ct);
        var visits = await db.TeamVisits.AsNoTracking().Where(v => citizenIds.Contains(v.CitizenId)).ToListAsync(ct);
        return
        [
            .. reviews.Select(r => Reviewed(r.Item, r.Date)),
            .. reviews.Where(r => r.ClosedAt is not null).Select(r => Held(r.Item.MeetingId, r.Date, r.Item.CitizenId, r.ClosedBy)),
            .. periods.Select(Started),
            .. periods.Where(p => p.StoppedOn is not null).Select(Stopped),
            .. visits.Select(v => Planned(v, v.CreatedAt)),
            .. visits.Where(v => v.IsCancelled).Select(Cancelled),
        ];
    }

    /// <summary>When the visit was planned (its row's creation), for the day it is planned on.</summary>
    private static CourseEventDraft Planned(TeamVisit v, DateTime at)
        => new(CourseEventTypes.ActVisitPlanned, v.CitizenId, null, at, v.CreatedBy,
            new CourseEventPayload(SubjectId: v.Id, Code: CourseEventTypes.CodeOf(v.Place), PlannedOn: v.Date));

    private static CourseEventDraft Cancelled(TeamVisit v)
        => new(CourseEventTypes.ActVisitCancelled, v.CitizenId, null, v.CancelledAt!.Value, v.UpdatedBy,
            new CourseEventPayload(SubjectId: v.Id, PlannedOn: v.Date));

    private static CourseEventDraft Reviewed(TeamMeetingItem i, DateOnly date)
        => new(CourseEventTypes.ActCitizenReviewed, i.CitizenId, null, i.ReviewedAt!.Value, i.ReviewedBy,
            new CourseEventPayload(SubjectId: i.MeetingId, ActualOn: date, Flag: i.CitizenTookPart));

    private static CourseEventDraft Held(Guid meetingId, DateOnly date, Guid citizenId, string? by)
        => new(CourseEventTypes.MeetingHeld, citizenId, null, EntityEntryChanges.NoonOf(date), by,
            new CourseEventPayload(SubjectId: meetingId, Code: TeamMeetingKind, ActualOn: date));

    private static CourseEventDraft Started(IntensifiedSupport p)
        => new(CourseEventTypes.ActIntensifiedStarted, p.CitizenId, p.CourseId, EntityEntryChanges.NoonOf(p.StartOn), p.CreatedBy,
            new CourseEventPayload(SubjectId: p.Id, Code: CourseEventTypes.CodeOf(p.Reason), Number: p.PlannedContactsPerWeek, PlannedOn: p.PlannedEndOn, ActualOn: p.StartOn));

    private static CourseEventDraft Stopped(IntensifiedSupport p)
        => new(CourseEventTypes.ActIntensifiedStopped, p.CitizenId, p.CourseId, EntityEntryChanges.NoonOf(p.StoppedOn!.Value), p.UpdatedBy,
            new CourseEventPayload(SubjectId: p.Id, PlannedOn: p.PlannedEndOn, ActualOn: p.StoppedOn));
}
