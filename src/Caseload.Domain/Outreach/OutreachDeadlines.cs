using Caseload.Domain.Common;

namespace Caseload.Domain.Outreach;

/// <summary>A deadline of §2.3, computed from the events. <see cref="WindowOpens"/> is set for the follow-up
/// meeting after closure, which may only be held 3–6 months after closing and is not listed before that.
/// <see cref="Lapsed"/>: the course closed before it was met (kept as missed for the fidelity figures).</summary>
public sealed record OutreachDeadline(DeadlineKind Kind, DateOnly Due, DateOnly? WindowOpens, DateOnly? MetOn, DateOnly CountedFrom, bool Lapsed = false)
{
    public bool IsMet => MetOn is not null;
    public bool MetInTime => MetOn <= Due;

    /// <summary>Open and to be shown on the deadline list today.</summary>
    public bool IsOpenOn(DateOnly today) => MetOn is null && !Lapsed && (WindowOpens is null || today >= WindowOpens);
}

/// <summary>
/// The deadlines of §2.3 (Appendix B for the arithmetic): contact within 2 working days of allocation; first meeting
/// within 5 working days of first contact; advice within 2 working days of the first meeting; needs assessment within
/// one month of the first meeting; a relevant coordinating meeting within 5 (internal) or 14 (with external partners)
/// working days of the first meeting; minutes within 5 working days of each meeting; a follow-up meeting 3–6 months
/// after closure. A deadline exists once the event it counts from has happened.
/// </summary>
public static class OutreachDeadlines
{
    public const int ContactWorkingDays = 2;
    public const int FirstMeetingWorkingDays = 5;
    public const int AdviceWorkingDays = 2;
    public const int InternalMeetingWorkingDays = 5;
    public const int ExternalMeetingWorkingDays = 14;
    public const int MinutesWorkingDays = 5;
    public const int FollowUpFromMonths = 3;
    public const int FollowUpToMonths = 6;

    /// <summary>The plain facts the deadlines follow from, so lists can compute them from a projection.</summary>
    public sealed record Facts(DateOnly AllocatedOn, CoordinatingMeetingNeed CoordinatingMeeting, DateOnly? ClosedOn,
        IReadOnlyList<(OutreachEvent Event, DateOnly Date)> Events);

    public static Facts FactsOf(OutreachCase c)
        => new(c.AllocatedOn, c.CoordinatingMeeting, c.ClosedOn, [.. c.Events.Select(e => (e.Event, e.Date))]);

    public static IReadOnlyList<OutreachDeadline> Compute(OutreachCase c, WorkingDayCalendar calendar) => Compute(FactsOf(c), calendar);

    public static IReadOnlyList<OutreachDeadline> Compute(Facts f, WorkingDayCalendar calendar)
    {
        DateOnly? First(OutreachEvent e) => f.Events.Where(x => x.Event == e).Select(x => (DateOnly?)x.Date).Min();
        var list = new List<OutreachDeadline>();
        void Add(DeadlineKind kind, DateOnly from, DateOnly due, DateOnly? met, DateOnly? window = null)
            => list.Add(new OutreachDeadline(kind, due, window, met, from));

        var firstContact = First(OutreachEvent.FirstContact);
        Add(DeadlineKind.Contact, f.AllocatedOn, calendar.AddWorkingDays(f.AllocatedOn, ContactWorkingDays), firstContact);
        if (firstContact is { } contact)
            Add(DeadlineKind.FirstMeeting, contact, calendar.AddWorkingDays(contact, FirstMeetingWorkingDays), First(OutreachEvent.FirstMeeting));
        if (First(OutreachEvent.FirstMeeting) is { } meeting)
        {
            Add(DeadlineKind.Advice, meeting, calendar.AddWorkingDays(meeting, AdviceWorkingDays), First(OutreachEvent.AdviceGiven));
            Add(DeadlineKind.NeedsAssessment, meeting, meeting.AddMonths(1), First(OutreachEvent.NeedsAssessmentDone));
            var days = f.CoordinatingMeeting switch
            {
                CoordinatingMeetingNeed.Internal => InternalMeetingWorkingDays,
                CoordinatingMeetingNeed.WithExternalPartners => ExternalMeetingWorkingDays,
                _ => (int?)null,
            };
            if (days is { } n)
                Add(DeadlineKind.CoordinatingMeeting, meeting, calendar.AddWorkingDays(meeting, n), First(OutreachEvent.CoordinatingMeetingHeld));
        }
        var minutes = f.Events.Where(x => x.Event == OutreachEvent.MinutesSent).Select(x => x.Date).Order().ToList();
        foreach (var held in f.Events.Where(x => x.Event == OutreachEvent.CoordinatingMeetingHeld).Select(x => x.Date).Order())
        {
            var sent = minutes.Where(m => m >= held).Select(m => (DateOnly?)m).FirstOrDefault();
            if (sent is { } used) minutes.Remove(used);
            Add(DeadlineKind.Minutes, held, calendar.AddWorkingDays(held, MinutesWorkingDays), sent);
        }
        if (f.ClosedOn is { } closed)
        {
            // Once closed, only the follow-up meeting remains open; the rest keep their met or missed state.
            for (var i = 0; i < list.Count; i++)
                if (list[i].MetOn is null) list[i] = list[i] with { Lapsed = true };
            Add(DeadlineKind.FollowUpAfterClosure, closed, closed.AddMonths(FollowUpToMonths), First(OutreachEvent.FollowUpAfterClosure),
                closed.AddMonths(FollowUpFromMonths));
        }
        return list;
    }
}
