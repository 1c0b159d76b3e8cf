using Caseload.Domain.Common;
using Caseload.Domain.Meetings;

namespace Caseload.Domain.Tests.Meetings;

public class CoordinatingMeetingTests
{
    private static readonly DateOnly MeetingDay = new(2026, 12, 10); // a Thursday
    private static readonly WorkingDayCalendar Calendar = new([(12, 24), (12, 31)]);

    private static MeetingDetails Details(DateOnly? date = null, TimeOnly? starts = null, TimeOnly? ends = null)
        => new(date ?? MeetingDay, starts ?? new TimeOnly(10, 0), ends ?? new TimeOnly(11, 0), "Jobcentret", "fs-1", "12345678",
            "Mie Referent", null, "mie@kommune.dk", "Egen bolig", null);

    private static AgendaItem Point(string topic, string? proposedBy = null, Guid? id = null)
        => new(id ?? Guid.Empty, topic, null, null, 10, null, null, proposedBy);

    private static CoordinatingMeeting Planned(DateOnly today, params AgendaItem[] agenda)
    {
        var m = new CoordinatingMeeting(Guid.NewGuid(), Guid.NewGuid());
        m.Update(Details(), [new MeetingParticipant(Guid.Empty, "Borgeren", "Borger", null, null, false)], agenda, today);
        return m;
    }

    [Fact]
    public void TheStandardAgendaFollowsTheTemplatesOrder()
    {
        var topics = StandardAgenda.Items().Select(a => a.Topic).ToList();
        topics[0].ShouldBe("Velkomst og præsentation af deltagerne");
        topics[1].ShouldBe("Valg af referent");
        topics[2].ShouldBe("Formål med mødet");
        topics[3].ShouldBe("Status og opfølgning fra tidligere møder");
        topics[^4].ShouldBe("Opdatering af netværkskortet");
        topics[^3].ShouldBe("Eventuelt");
        topics[^2].ShouldBe("Næste møde");
        topics[^1].ShouldBe("Opsummering af aftalte opgaver og ansvarlige");
        StandardAgenda.Items()[^1].Responsible.ShouldBe(StandardAgenda.MinuteTaker);
        StandardAgenda.Items().Sum(a => a.Minutes ?? 0).ShouldBeLessThanOrEqualTo(CoordinatingMeeting.RecommendedMinutes);
    }

    [Theory]
    [InlineData("2026-12-06", true)]   // exactly 4 days before: accepted
    [InlineData("2026-12-07", false)]  // 3 days before: too late
    [InlineData("2026-12-10", false)]  // the day itself
    public void AParticipantsExtraPointIsAcceptedUntilFourDaysBefore(string today, bool accepted)
    {
        var day = DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture);
        var m = Planned(new DateOnly(2026, 12, 1), Point("Velkomst"));
        var existing = m.Agenda[0];
        void Add() => m.Update(Details(), m.Participants, [existing, Point("Huslejen", proposedBy: "Boligrådgiveren")], day);
        if (accepted)
        {
            Add();
            m.Agenda.Count.ShouldBe(2);
            m.Agenda[1].ProposedBy.ShouldBe("Boligrådgiveren");
        }
        else
        {
            Should.Throw<DomainException>(Add).Message.ShouldStartWith("Ekstra punkter fra deltagerne skal være modtaget senest 4 dage før mødet, dvs. 06-12-2026.");
            m.Agenda.Count.ShouldBe(1); // nothing half-saved
        }
    }

    [Fact]
    public void AnExtraPointAlreadyOnTheAgendaStaysAfterTheDeadlineAndTheChairsOwnPointsAreNotLimited()
    {
        var m = Planned(new DateOnly(2026, 12, 1), Point("Huslejen", proposedBy: "Boligrådgiveren"));
        var late = new DateOnly(2026, 12, 9);
        m.Update(Details(), m.Participants, [m.Agenda[0] with { Decision = "Rådgiveren ringer" }, Point("Lægen")], late);
        m.Agenda.Select(a => a.Topic).ShouldBe(["Huslejen", "Lægen"]);
        m.Agenda[0].Decision.ShouldBe("Rådgiveren ringer");
    }

    [Fact]
    public void TheMinutesAreDueFiveWorkingDaysAfterTheMeeting()
    {
        Planned(new DateOnly(2026, 12, 1)).MinutesDueOn(Calendar).ShouldBe(new DateOnly(2026, 12, 17)); // Thu → Thu a week on
        var beforeChristmas = new CoordinatingMeeting(Guid.NewGuid(), Guid.NewGuid());
        beforeChristmas.Update(Details(new DateOnly(2026, 12, 22)), [], [], new DateOnly(2026, 12, 1));
        // 23/12 is the 1st; 24–27/12 closed; 28, 29, 30/12; 31/12–3/1 closed → the 5th is Monday 4/1
        beforeChristmas.MinutesDueOn(Calendar).ShouldBe(new DateOnly(2027, 1, 4));
    }

    [Fact]
    public void AMeetingEndsAfterItStartsAndBlankRowsAreDropped()
    {
        var m = new CoordinatingMeeting(Guid.NewGuid(), Guid.NewGuid());
        Should.Throw<DomainException>(() => m.Update(Details(starts: new TimeOnly(11, 0), ends: new TimeOnly(10, 0)), [], [], MeetingDay))
            .Message.ShouldBe("Mødet skal slutte efter, det er begyndt.");
        m.Update(Details(), [new MeetingParticipant(Guid.Empty, " ", null, null, null, false), new MeetingParticipant(Guid.Empty, "Lene", null, " lene@laege.dk ", null, true)],
            [Point(""), Point("Bolig")], MeetingDay);
        m.Participants.Single().Email.ShouldBe("lene@laege.dk");
        m.Participants.Single().SentApologies.ShouldBeTrue();
        m.Agenda.Single().Topic.ShouldBe("Bolig");
    }

    [Fact]
    public void AParticipantsMailAddressMustBeOne()
        => Should.Throw<DomainException>(() => new CoordinatingMeeting(Guid.NewGuid(), Guid.NewGuid())
                .Update(Details(), [new MeetingParticipant(Guid.Empty, "Lene", null, "lene(at)laege", null, false)], [], MeetingDay))
            .Message.ShouldBe("«lene(at)laege» er ikke en gyldig e-mailadresse (Lene).");

    [Fact]
    public void TasksNeedAnOwnerFromTheTeamAndADueDateNotBeforeTheMeeting()
    {
        var m = Planned(MeetingDay.AddDays(-3));
        var team = new HashSet<string> { "fs-1", "fs-2" };
        Should.Throw<DomainException>(() => m.SetTasks([new MeetingTaskRow(Guid.Empty, "Ring til lægen", "udenfor", MeetingDay, 5, false)], team, MeetingDay))
            .Message.ShouldBe("Vælg hvem der har opgaven «Ring til lægen»: en fra teamet, borgeren eller en af mødets deltagere.");
        Should.Throw<DomainException>(() => m.SetTasks([new MeetingTaskRow(Guid.Empty, "Ring til lægen", "fs-2", MeetingDay.AddDays(-1), 5, false)], team, MeetingDay))
            .Message.ShouldBe("Fristen for «Ring til lægen» kan ikke ligge før mødet.");
        m.SetTasks([new MeetingTaskRow(Guid.Empty, "Ring til lægen", "fs-2", MeetingDay.AddDays(7), 5, false), new MeetingTaskRow(Guid.Empty, null, null, null, null, false)],
            team, MeetingDay);
        var task = m.Tasks.Single();
        (task.OwnerId, task.DueOn, task.AgendaNumber, task.CitizenId, task.IsDone).ShouldBe(("fs-2", MeetingDay.AddDays(7), (int?)5, m.CitizenId, false));
    }

    [Fact]
    public void ASavedTaskIsNeverDeletedOnlyDoneOrChanged()
    {
        var m = Planned(MeetingDay.AddDays(-3));
        var team = new HashSet<string> { "fs-1" };
        m.SetTasks([new MeetingTaskRow(Guid.Empty, "Søg boligstøtte", "fs-1", MeetingDay, null, false)], team, MeetingDay);
        var id = m.Tasks.Single().Id;
        Should.Throw<DomainException>(() => m.SetTasks([], team, MeetingDay)).Message.ShouldStartWith("En gemt opgave kan ikke slettes.");
        Should.Throw<DomainException>(() => m.SetTasks([new MeetingTaskRow(id, "", null, null, null, false)], team, MeetingDay));
        m.SetTasks([new MeetingTaskRow(id, "Søg boligstøtte og varmehjælp", "fs-1", MeetingDay, null, true)], team, MeetingDay.AddDays(2));
        m.Tasks.Single().DoneOn.ShouldBe(MeetingDay.AddDays(2));
        m.Tasks.Single().Description.ShouldBe("Søg boligstøtte og varmehjælp");
        Should.Throw<DomainException>(() => m.Tasks.Single().MarkDone(MeetingDay.AddDays(3))).Message.ShouldBe("Opgaven er allerede markeret som udført.");
    }

    [Fact]
    public void TheInvitationGoesOutBeforeTheMeetingAndTheMinutesAfterIt()
    {
        var m = Planned(MeetingDay.AddDays(-7));
        var now = new DateTime(2026, 12, 3, 9, 0, 0, DateTimeKind.Utc);
        Should.Throw<DomainException>(() => m.MarkMinutesSent(now, MeetingDay.AddDays(-1))).Message.ShouldBe("Referatet kan først sendes, når mødet er holdt (10-12-2026).");
        m.MarkInvitationSent(now, MeetingDay.AddDays(-7));
        m.MarkInvitationSent(now, MeetingDay); // re-sent on the day: the .ics sequence grows so calendars replace it
        m.InvitationCount.ShouldBe(2);
        Should.Throw<DomainException>(() => m.MarkInvitationSent(now, MeetingDay.AddDays(1)));
        m.MarkMinutesSent(now, MeetingDay);
        m.MinutesSentAt.ShouldBe(now);
    }
}
