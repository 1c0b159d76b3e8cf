using System.Globalization;
using Caseload.Domain.Common;
using Caseload.Domain.Outreach;

namespace Caseload.Domain.Tests.Outreach;

/// <summary>domain.md §2.3 and Appendix B: "within N working days of D" is the N-th working day after D, skipping
/// weekends and Danish public holidays (and configured closing days).</summary>
public class OutreachDeadlineTests
{
    private static readonly WorkingDayCalendar Calendar = new();
    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    private static OutreachDeadline Deadline(DeadlineKind kind, string allocated, CoordinatingMeetingNeed need = CoordinatingMeetingNeed.NotDecided,
        string? closed = null, WorkingDayCalendar? calendar = null, params (OutreachEvent, string)[] events)
        => OutreachDeadlines.Compute(new OutreachDeadlines.Facts(D(allocated), need, closed is null ? null : D(closed),
            [.. events.Select(e => (e.Item1, D(e.Item2)))]), calendar ?? Calendar).Single(d => d.Kind == kind);

    [Theory]
    [InlineData("2026-11-23", "2026-11-25")] // Monday → Wednesday
    [InlineData("2026-11-26", "2026-11-30")] // Thursday → over the weekend to Monday
    [InlineData("2026-04-01", "2026-04-08")] // Easter: Maundy Thursday, Good Friday, Easter Monday skipped
    [InlineData("2026-12-23", "2026-12-28")] // Christmas Day (Friday) skipped; 24 December is a working day unless configured
    public void ContactWithinTwoWorkingDaysOfAllocation(string allocated, string due)
        => Deadline(DeadlineKind.Contact, allocated).Due.ShouldBe(D(due));

    [Theory]
    [InlineData("2026-05-11", "2026-05-19")] // Ascension Day (14 May) skipped; the day after is a working day
    [InlineData("2026-03-30", "2026-04-09")] // through Easter: 31 Mar, 1, 7, 8, 9 Apr
    public void FirstMeetingWithinFiveWorkingDaysOfFirstContact(string contact, string due)
        => Deadline(DeadlineKind.FirstMeeting, "2026-03-02", events: (OutreachEvent.FirstContact, contact)).Due.ShouldBe(D(due));

    [Fact]
    public void AdviceWithinTwoWorkingDaysOfTheFirstMeetingAcrossWhitsun()
        => Deadline(DeadlineKind.Advice, "2026-05-18", events: [(OutreachEvent.FirstContact, "2026-05-19"), (OutreachEvent.FirstMeeting, "2026-05-22")])
            .Due.ShouldBe(D("2026-05-27")); // Whit Sunday and Whit Monday skipped

    [Theory]
    [InlineData("2026-01-31", "2026-02-28")] // one month, clamped
    [InlineData("2028-01-31", "2028-02-29")] // leap year
    [InlineData("2026-05-22", "2026-06-22")]
    public void NeedsAssessmentWithinOneMonthOfTheFirstMeeting(string meeting, string due)
        => Deadline(DeadlineKind.NeedsAssessment, "2025-12-01", events: [(OutreachEvent.FirstContact, "2025-12-02"), (OutreachEvent.FirstMeeting, meeting)])
            .Due.ShouldBe(D(due));

    [Theory]
    [InlineData(CoordinatingMeetingNeed.Internal, "2026-06-01")]             // 5 working days, Whit Monday skipped
    [InlineData(CoordinatingMeetingNeed.WithExternalPartners, "2026-06-12")] // 14 working days
    public void CoordinatingMeetingDeadlineFollowsWhoTakesPart(CoordinatingMeetingNeed need, string due)
        => Deadline(DeadlineKind.CoordinatingMeeting, "2026-05-18", need, events: [(OutreachEvent.FirstContact, "2026-05-19"), (OutreachEvent.FirstMeeting, "2026-05-22")])
            .Due.ShouldBe(D(due));

    [Theory]
    [InlineData(CoordinatingMeetingNeed.NotDecided)]
    [InlineData(CoordinatingMeetingNeed.NotRelevant)]
    public void NoCoordinatingMeetingDeadlineUnlessDecidedRelevant(CoordinatingMeetingNeed need)
        => OutreachDeadlines.Compute(new OutreachDeadlines.Facts(D("2026-05-18"), need, null,
            [(OutreachEvent.FirstContact, D("2026-05-19")), (OutreachEvent.FirstMeeting, D("2026-05-22"))]), Calendar)
            .ShouldNotContain(d => d.Kind == DeadlineKind.CoordinatingMeeting);

    [Fact]
    public void MinutesWithinFiveWorkingDaysAcrossChristmas()
    {
        (OutreachEvent, string)[] events = [(OutreachEvent.FirstContact, "2026-12-01"), (OutreachEvent.FirstMeeting, "2026-12-02"), (OutreachEvent.CoordinatingMeetingHeld, "2026-12-23")];
        Deadline(DeadlineKind.Minutes, "2026-11-30", events: events).Due.ShouldBe(D("2026-12-31"));
        var closingDays = new WorkingDayCalendar([(12, 24), (12, 31)]);
        Deadline(DeadlineKind.Minutes, "2026-11-30", calendar: closingDays, events: events).Due.ShouldBe(D("2027-01-05")); // and New Year's Day
    }

    [Fact]
    public void EachCoordinatingMeetingGetsItsOwnMinutesDeadline()
    {
        var list = OutreachDeadlines.Compute(new OutreachDeadlines.Facts(D("2026-03-02"), CoordinatingMeetingNeed.Internal, null,
        [
            (OutreachEvent.FirstContact, D("2026-03-03")), (OutreachEvent.FirstMeeting, D("2026-03-04")),
            (OutreachEvent.CoordinatingMeetingHeld, D("2026-03-09")), (OutreachEvent.MinutesSent, D("2026-03-10")),
            (OutreachEvent.CoordinatingMeetingHeld, D("2026-04-20")),
        ]), Calendar).Where(d => d.Kind == DeadlineKind.Minutes).ToList();
        list.Count.ShouldBe(2);
        list[0].MetOn.ShouldBe(D("2026-03-10"));
        list[1].MetOn.ShouldBeNull();
        list[1].Due.ShouldBe(D("2026-04-27"));
    }

    [Fact]
    public void FollowUpMeetingIsAWindowThreeToSixMonthsAfterClosureAndListedOnlyOnceItOpens()
    {
        var f = Deadline(DeadlineKind.FollowUpAfterClosure, "2026-03-02", closed: "2026-08-31");
        f.WindowOpens.ShouldBe(D("2026-11-30"));
        f.Due.ShouldBe(D("2027-02-28"));
        f.IsOpenOn(D("2026-11-29")).ShouldBeFalse();
        f.IsOpenOn(D("2026-11-30")).ShouldBeTrue();
    }

    [Fact]
    public void AfterClosureUnmetDeadlinesAreKeptAsMissedNotOpen()
    {
        var contact = Deadline(DeadlineKind.Contact, "2026-03-02", closed: "2026-03-10");
        contact.Lapsed.ShouldBeTrue();
        contact.IsOpenOn(D("2026-03-11")).ShouldBeFalse();
        contact.IsMet.ShouldBeFalse();
    }

    [Fact]
    public void AMetDeadlineRemembersWhetherItWasMetInTime()
    {
        Deadline(DeadlineKind.Contact, "2026-03-02", events: (OutreachEvent.FirstContact, "2026-03-04")).MetInTime.ShouldBeTrue();
        Deadline(DeadlineKind.Contact, "2026-03-02", events: (OutreachEvent.FirstContact, "2026-03-05")).MetInTime.ShouldBeFalse();
    }

    [Theory]
    [InlineData("2026-03-30", "2026-04-08", 4)]  // Mon → Wed after Easter: 31, 1, 7, 8
    [InlineData("2026-04-08", "2026-03-30", -4)] // the same span, late
    [InlineData("2026-04-08", "2026-04-08", 0)]
    public void WorkingDaysLeftCountsOnlyWorkingDays(string today, string due, int left)
        => Calendar.WorkingDaysLeft(D(today), D(due)).ShouldBe(left);

    [Theory]
    [InlineData(0, "i dag")]
    [InlineData(1, "1 arbejdsdag")]
    [InlineData(4, "4 arbejdsdage")]
    [InlineData(-1, "1 arbejdsdag for sent")]
    [InlineData(-7, "7 arbejdsdage for sent")]
    public void WorkingDaysAreSaidInDanish(int left, string text) => OutreachTermNames.WorkingDaysDanish(left).ShouldBe(text);

    [Theory]
    [InlineData("2026-12-06", "2026-12-04", "for sent (fristen var 04-12-2026)")] // Friday's deadline on Sunday: no working day since, yet late
    [InlineData("2026-12-07", "2026-12-04", "1 arbejdsdag for sent")]
    [InlineData("2026-12-04", "2026-12-04", "i dag")]
    [InlineData("2026-12-05", "2026-12-07", "1 arbejdsdag")]
    public void APassedDeadlineNeverReadsToday(string today, string due, string text)
        => OutreachTermNames.WorkingDaysDanish(Calendar.WorkingDaysLeft(D(today), D(due)), D(due), D(today)).ShouldBe(text);
}
