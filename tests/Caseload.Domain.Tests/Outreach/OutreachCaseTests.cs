using Caseload.Domain.Common;
using Caseload.Domain.Courses;
using Caseload.Domain.Outreach;
using Caseload.Domain.Teams;

namespace Caseload.Domain.Tests.Outreach;

public class OutreachCaseTests
{
    private static readonly DateOnly Allocated = new(2026, 3, 2);
    private static readonly DateOnly Today = new(2026, 4, 30);
    private static readonly DateTime Now = new(2026, 4, 30, 10, 0, 0, DateTimeKind.Utc);

    private static OutreachCase NewCase()
    {
        var course = new Course(Guid.NewGuid(), Guid.NewGuid(), Method.Outreach, Allocated, "worker", Now, "leader");
        var referral = new Referral(course.CitizenId, course.TeamId, Allocated.AddDays(-3), ReferralSource.Police, "Nærpolitiet", null, "Bekymring", "Frida", Today);
        referral.Screen(["1.1", "a1", "b1"], 40, null, Allocated.AddDays(-1), Today, "worker");
        referral.Accept(course.Id, Allocated, Today, "leader");
        return new OutreachCase(course, referral);
    }

    private static OutreachCase WithFirstMeeting()
    {
        var c = NewCase();
        c.AddContactAttempt(Allocated.AddDays(1), AttemptChannel.Visit, AttemptOutcome.Reached, null, Today, "worker");
        c.Record(OutreachEvent.FirstMeeting, Allocated.AddDays(3), null, null, Today, "worker");
        return c;
    }

    [Fact]
    public void AnAttemptThatReachesTheCitizenIsTheFirstContact()
    {
        var c = NewCase();
        c.AddContactAttempt(Allocated.AddDays(1), AttemptChannel.Phone, AttemptOutcome.NoAnswer, null, Today, "worker");
        c.FirstOn(OutreachEvent.FirstContact).ShouldBeNull();
        c.AddContactAttempt(Allocated.AddDays(2), AttemptChannel.Visit, AttemptOutcome.Reached, null, Today, "worker");
        c.FirstOn(OutreachEvent.FirstContact).ShouldBe(Allocated.AddDays(2));
        c.AddContactAttempt(Allocated.AddDays(4), AttemptChannel.Phone, AttemptOutcome.Reached, null, Today, "worker");
        c.Events.Count(e => e.Event == OutreachEvent.FirstContact).ShouldBe(1);
    }

    [Fact]
    public void AfterTwoFailedAttemptsWithoutContactTheNextStepsAreSuggested()
    {
        var c = NewCase();
        c.AddContactAttempt(Allocated.AddDays(1), AttemptChannel.Phone, AttemptOutcome.NoAnswer, null, Today, "worker");
        c.NeedsContactAdvice.ShouldBeFalse();
        c.AddContactAttempt(Allocated.AddDays(2), AttemptChannel.Visit, AttemptOutcome.DoorNotOpened, null, Today, "worker");
        c.NeedsContactAdvice.ShouldBeTrue();
        c.AddContactAttempt(Allocated.AddDays(3), AttemptChannel.Network, AttemptOutcome.Reached, null, Today, "worker");
        c.NeedsContactAdvice.ShouldBeFalse();
    }

    [Fact]
    public void TheFirstMeetingNeedsTheFirstContactFirst()
        => Should.Throw<DomainException>(() => NewCase().Record(OutreachEvent.FirstMeeting, Allocated.AddDays(1), null, null, Today, "worker"))
            .Message.ShouldBe("Registrér først «første kontakt til borgeren».");

    [Fact]
    public void StepsCannotBeDatedBeforeTheStepTheyFollow()
    {
        var c = NewCase();
        c.AddContactAttempt(Allocated.AddDays(5), AttemptChannel.Visit, AttemptOutcome.Reached, null, Today, "worker");
        Should.Throw<DomainException>(() => c.Record(OutreachEvent.FirstMeeting, Allocated.AddDays(4), null, null, Today, "worker")).Field.ShouldBe("Date");
    }

    [Fact]
    public void MinutesNeedAHeldCoordinatingMeeting()
        => Should.Throw<DomainException>(() => WithFirstMeeting().Record(OutreachEvent.MinutesSent, Allocated.AddDays(5), null, null, Today, "worker"))
            .Message.ShouldContain("koordinerende møde holdt");

    [Fact]
    public void OneTimeStepsAreRecordedOnce()
        => Should.Throw<DomainException>(() => WithFirstMeeting().Record(OutreachEvent.FirstMeeting, Allocated.AddDays(6), null, null, Today, "worker"))
            .Message.ShouldContain("er allerede registreret");

    [Fact]
    public void NoFutureDatesAndNothingBeforeTheAllocation()
    {
        var c = NewCase();
        Should.Throw<DomainException>(() => c.AddContactAttempt(Today.AddDays(1), AttemptChannel.Phone, AttemptOutcome.NoAnswer, null, Today, "w"))
            .Message.ShouldBe("Datoen kan ikke ligge i fremtiden.");
        Should.Throw<DomainException>(() => c.AddContactAttempt(Allocated.AddDays(-1), AttemptChannel.Phone, AttemptOutcome.NoAnswer, null, Today, "w"))
            .Message.ShouldStartWith("Datoen kan ikke ligge før visitationen");
    }

    [Fact]
    public void ExternalInformationNeedsAValidConsentCoveringTheParty()
    {
        var c = WithFirstMeeting();
        var on = Allocated.AddDays(10);
        Should.Throw<DomainException>(() => c.Record(OutreachEvent.ExternalInformation, on, null, "Egen læge", Today, "worker"))
            .Message.ShouldBe($"Der er intet gyldigt samtykke, der dækker «Egen læge» den {on:dd-MM-yyyy}. Registrér borgerens samtykke først.");

        var consent = c.AddConsent("Helbred", "Egen læge\nJobcenter", Allocated.AddDays(3), Allocated.AddDays(20), Today);
        Should.Throw<DomainException>(() => c.Record(OutreachEvent.ExternalInformation, on, null, "Boligselskabet", Today, "worker")); // another party
        Should.Throw<DomainException>(() => c.Record(OutreachEvent.ExternalInformation, Allocated.AddDays(21), null, "Egen læge", Today, "worker")); // expired
        c.Record(OutreachEvent.ExternalInformation, on, null, "egen læge", Today, "worker").Party.ShouldBe("egen læge");

        c.WithdrawConsent(consent.Id, Allocated.AddDays(12), Today);
        Should.Throw<DomainException>(() => c.Record(OutreachEvent.ExternalInformation, Allocated.AddDays(12), null, "Jobcenter", Today, "worker"));
        c.Record(OutreachEvent.ExternalInformation, Allocated.AddDays(11), null, "Jobcenter", Today, "worker"); // before the withdrawal
    }

    [Fact]
    public void AConsentCannotExpireBeforeItIsGiven()
        => Should.Throw<DomainException>(() => NewCase().AddConsent("Helbred", "Egen læge", Allocated.AddDays(5), Allocated.AddDays(4), Today)).Field.ShouldBe("ValidUntil");

    [Fact]
    public void TheCoordinatingMeetingIsDecidedAfterTheFirstMeeting()
    {
        Should.Throw<DomainException>(() => NewCase().SetCoordinatingMeetingNeed(CoordinatingMeetingNeed.Internal));
        var c = WithFirstMeeting();
        c.SetCoordinatingMeetingNeed(CoordinatingMeetingNeed.WithExternalPartners);
        c.CoordinatingMeeting.ShouldBe(CoordinatingMeetingNeed.WithExternalPartners);
    }

    [Fact]
    public void AHandoverNeedsTheOrdinaryCaseworkerFirst()
    {
        var c = WithFirstMeeting();
        Should.Throw<DomainException>(() => c.AgreeHandover("Aftale", Allocated.AddDays(20))).Message.ShouldBe("Registrér den ordinære sagsbehandler først.");
        c.AssignCaseworker("Birgit Holm", "Myndighed", Allocated.AddDays(10), Today);
        c.AgreeHandover("Aftale", Allocated.AddDays(20));
        c.HandoverOn.ShouldBe(Allocated.AddDays(20));
    }

    [Fact]
    public void AClosedCaseTakesOnlyTheFollowUpMeeting()
    {
        var c = WithFirstMeeting();
        Should.Throw<DomainException>(() => c.Record(OutreachEvent.FollowUpAfterClosure, Allocated.AddDays(5), null, null, Today, "w"));
        Should.Throw<DomainException>(() => c.Close(OutreachClosureReason.Other, Allocated.AddDays(5), null, Today, "worker")).Field.ShouldBe(nameof(OutreachCase.ClosureNote));
        Should.Throw<DomainException>(() => c.Close(OutreachClosureReason.NoFurtherNeed, Allocated.AddDays(2), null, Today, "worker")).Field.ShouldBe("Date"); // before the first meeting
        c.Close(OutreachClosureReason.NoFurtherNeed, Allocated.AddDays(5), null, Today, "worker");
        Should.Throw<DomainException>(() => c.AddContactAttempt(Allocated.AddDays(6), AttemptChannel.Phone, AttemptOutcome.Reached, null, Today, "w"))
            .Message.ShouldBe("Forløbet i fremskudt sagsbehandling er afsluttet.");
        c.Record(OutreachEvent.FollowUpAfterClosure, Allocated.AddDays(40), null, null, Today, "w");
        OutreachDeadlines.Compute(c, new WorkingDayCalendar()).Single(d => d.Kind == DeadlineKind.FollowUpAfterClosure).IsMet.ShouldBeTrue();
    }

    [Fact]
    public void AReferralIsDecidedOnlyAfterScreeningAndOnlyOnce()
    {
        var referral = new Referral(Guid.NewGuid(), Guid.NewGuid(), Today.AddDays(-5), ReferralSource.Neighbour, "Nabo", null, "Bekymring", "Frida", Today);
        Should.Throw<DomainException>(() => referral.Decline("Ikke i målgruppen", Today, Today, "leader")).Message.ShouldBe("Udfyld screeningsskemaet, før I træffer afgørelse.");
        Should.Throw<DomainException>(() => referral.Screen(["x9"], 30, null, Today, Today, "worker")).Field.ShouldBe("Criteria");
        Should.Throw<DomainException>(() => referral.Screen(["a1"], 30, null, Today.AddDays(-6), Today, "worker")).Field.ShouldBe(nameof(Referral.ScreenedOn));
        referral.Screen(["b1", "a1", "a1"], 30, null, Today.AddDays(-1), Today, "worker");
        referral.Criteria.ShouldBe(["a1", "b1"]); // in the form's order, once each
        referral.Decline("Ikke i målgruppen", Today, Today, "leader");
        referral.Status.ShouldBe(ReferralStatus.Declined);
        Should.Throw<DomainException>(() => referral.Screen(["a1"], 30, null, Today, Today, "worker")).Message.ShouldBe("Der er allerede truffet afgørelse om henvendelsen.");
    }

    [Fact]
    public void AReferralCannotBeDatedInTheFuture()
        => Should.Throw<DomainException>(() => new Referral(Guid.NewGuid(), Guid.NewGuid(), Today.AddDays(1), ReferralSource.Citizen, "Borgeren", null, "x", "y", Today))
            .Field.ShouldBe(nameof(Referral.ReceivedOn));
}
