using Caseload.Application.Common;
using Caseload.Application.Contacts;
using Caseload.Application.CourseEvents;
using Caseload.Domain.CourseEvents;
using Caseload.Domain.Outreach;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.Extensions.Options;
using static Caseload.Application.CourseEvents.EntityEntryChanges;

namespace Caseload.Application.Outreach;

/// <summary>The outreach engine's events: steps done, contact attempts, consents given and withdrawn, the course closed
/// (ADR 0024). Deadlines met or missed are derived from the step dates, not recorded (ADR 0014). Referrals write
/// <c>referral.received</c> and <c>referral.decided</c> (ADR 0036) for the outreach results page.</summary>
public sealed class OutreachEventSource(IOutreachDbContext db, IOptions<OutreachOptions> options) : ICourseEventSource, ICourseEventTopUp
{
    private static readonly string[] ReferralTypes = [CourseEventTypes.ReferralReceived, CourseEventTypes.ReferralDecided];

    public async ValueTask<IReadOnlyList<CourseEventDraft>> FromChangesAsync(IReadOnlyList<EntityEntry> changes, CancellationToken ct)
    {
        var referralEvents = changes.Added<Referral>().Select(Received)
            .Concat(changes.Added<Referral>().Where(r => r.DecidedOn is not null).Select(Decided))
            .Concat(changes.Changed<Referral>(nameof(Referral.DecidedOn)).Where(r => r.DecidedOn is not null).Select(Decided))
            .ToList();
        var engine = await CaseEventsAsync(changes, ct);
        return referralEvents.Count == 0 ? engine : [.. referralEvents, .. engine];
    }

    private async ValueTask<IReadOnlyList<CourseEventDraft>> CaseEventsAsync(IReadOnlyList<EntityEntry> changes, CancellationToken ct)
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
        var referrals = await db.Referrals.AsNoTracking().Where(r => citizenIds.Contains(r.CitizenId)).ToListAsync(ct);
        return ReferralEvents(referrals).Concat(cases.SelectMany(c => c.Events.Select(s => Step(s, c.CourseId))
                .Concat(c.ContactAttempts.Select(a => Attempt(a, c.CourseId)))
                .Concat(c.Consents.Select(k => Given(k, c.CourseId)))
                .Concat(c.Consents.Where(k => k.WithdrawnOn is not null).Select(k => Withdrawn(k, c.CourseId)))
                .Concat(c.ClosedOn is not null ? [Closed(c)] : [])))
            .ToList();
    }

    /// <summary>A log filled before the referral events existed (ADR 0036) gets them once: every stored referral's.</summary>
    public async Task<IReadOnlyList<CourseEventDraft>> MissingEventsAsync(CancellationToken ct)
    {
        if (await db.CourseEvents.AnyAsync(e => ReferralTypes.Contains(e.Type), ct)) return [];
        return [.. ReferralEvents(await db.Referrals.AsNoTracking().ToListAsync(ct))];
    }

    private IEnumerable<CourseEventDraft> ReferralEvents(IEnumerable<Referral> referrals)
        => referrals.SelectMany(r => r.DecidedOn is null ? [Received(r)] : new[] { Received(r), Decided(r) });

    private static CourseEventDraft Received(Referral r)
        => new(CourseEventTypes.ReferralReceived, r.CitizenId, null, NoonOf(r.ReceivedOn), null,
            new CourseEventPayload(SubjectId: r.Id, Code: CourseEventTypes.CodeOf(r.Source), ActualOn: r.ReceivedOn));

    /// <summary>Code "group-a:accepted": the target group the age puts the citizen in, and the decision; Flag: the form recommended it.</summary>
    private CourseEventDraft Decided(Referral r)
    {
        var recommendation = r.Recommendation(options.Value.BandA, options.Value.BandB);
        var group = recommendation.AgeGroup switch { TargetGroup.A => "group-a", TargetGroup.B => "group-b", _ => "no-group" };
        var decision = r.Status == ReferralStatus.Accepted ? "accepted" : "declined";
        return new(CourseEventTypes.ReferralDecided, r.CitizenId, r.CourseId, NoonOf(r.DecidedOn!.Value), r.DecidedBy,
            new CourseEventPayload(SubjectId: r.Id, Code: $"{group}:{decision}", Flag: recommendation.Recommended, PlannedOn: r.ReceivedOn, ActualOn: r.DecidedOn));
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
