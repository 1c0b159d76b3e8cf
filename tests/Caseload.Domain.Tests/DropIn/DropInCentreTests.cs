using Caseload.Domain.Common;
using Caseload.Domain.DropIn;

namespace Caseload.Domain.Tests.DropIn;

public class DropInCentreTests
{
    private static readonly HashSet<string> Workers = ["fs-1", "fs-2"];

    private static DropInCentre Centre()
    {
        var c = new DropInCentre("Værestedet Lyset", "Havnegade 12", "man–fre 9–15", true);
        c.SetSchedule(
        [
            new Presence(Guid.Empty, DayOfWeek.Tuesday, new TimeOnly(10, 0), new TimeOnly(13, 0), "fs-1", "Fremskudt sagsbehandler"),
            new Presence(Guid.Empty, DayOfWeek.Thursday, new TimeOnly(11, 0), new TimeOnly(14, 0), "fs-2", "SKP"),
        ], Workers);
        return c;
    }

    [Fact]
    public void TheScheduleShowsTheFixedTimesLessAbsencesAndNobodyOnAPublicHoliday()
    {
        var c = Centre();
        c.AddAbsence("fs-1", new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 11), "Ferie", Workers);
        var days = c.Schedule(new DateOnly(2026, 11, 30), 28); // Monday 30/11 to Sunday 27/12

        days.Single(d => d.Date == new DateOnly(2026, 12, 1)).Present.Single().WorkerId.ShouldBe("fs-1"); // an ordinary Tuesday
        var away = days.Single(d => d.Date == new DateOnly(2026, 12, 8)); // the Tuesday of the holiday week
        away.Present.ShouldBeEmpty();
        away.Away.Single().WorkerId.ShouldBe("fs-1");
        days.Single(d => d.Date == new DateOnly(2026, 12, 10)).Present.Single().WorkerId.ShouldBe("fs-2"); // the other worker is not affected
        var christmas = days.Single(d => d.Date == new DateOnly(2026, 12, 24)); // Thursday, not a public holiday: fs-2 is there
        christmas.PublicHoliday.ShouldBeFalse();
        days.Single(d => d.Date == new DateOnly(2026, 12, 22)).Present.Count.ShouldBe(1);
        var maundyThursday = c.Schedule(new DateOnly(2027, 3, 22), 7).Single(d => d.Date == new DateOnly(2027, 3, 25)); // Maundy Thursday
        (maundyThursday.PublicHoliday, maundyThursday.Present.Count).ShouldBe((true, 0));
    }

    [Fact]
    public void AnAbsenceCoversItsFirstAndLastDay()
    {
        var c = Centre();
        c.AddAbsence("fs-2", new DateOnly(2026, 12, 3), new DateOnly(2026, 12, 3), "Kursus", Workers);
        c.Schedule(new DateOnly(2026, 12, 3), 1).Single().Present.ShouldBeEmpty();
        c.Schedule(new DateOnly(2026, 12, 10), 1).Single().Present.Count.ShouldBe(1);
        Should.Throw<DomainException>(() => c.AddAbsence("fs-2", new DateOnly(2026, 12, 5), new DateOnly(2026, 12, 4), null, Workers))
            .Message.ShouldBe("Fraværet kan ikke slutte, før det begynder.");
        c.RemoveAbsence(c.Absences.Single().Id);
        c.Schedule(new DateOnly(2026, 12, 3), 1).Single().Present.Count.ShouldBe(1);
    }

    [Fact]
    public void ATimeEndsAfterItStartsAndOneWorkerIsNotInTwoPlacesAtOnce()
    {
        var c = Centre();
        Should.Throw<DomainException>(() => c.SetSchedule([new Presence(Guid.Empty, DayOfWeek.Monday, new TimeOnly(12, 0), new TimeOnly(12, 0), "fs-1", "FS")], Workers))
            .Message.ShouldBe("Tiden skal slutte efter, den begynder (Mandag 12.00–12.00).");
        Should.Throw<DomainException>(() => c.SetSchedule(
            [
                new Presence(Guid.Empty, DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(12, 0), "fs-1", "FS"),
                new Presence(Guid.Empty, DayOfWeek.Monday, new TimeOnly(11, 0), new TimeOnly(13, 0), "fs-1", "FS"),
            ], Workers)).Message.ShouldBe("Den samme medarbejder står to gange mandag på overlappende tider.");
        Should.Throw<DomainException>(() => c.SetSchedule([new Presence(Guid.Empty, DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(12, 0), "udefra", "FS")], Workers))
            .Message.ShouldBe("Vælg medarbejderen i hver udfyldt række.");
        c.Presences.Count.ShouldBe(2); // nothing half-saved
    }

    [Fact]
    public void TheWeekIsSortedMondayFirst()
    {
        var c = Centre();
        c.SetSchedule(
        [
            new Presence(Guid.Empty, DayOfWeek.Sunday, new TimeOnly(10, 0), new TimeOnly(11, 0), "fs-1", "FS"),
            new Presence(Guid.Empty, DayOfWeek.Monday, new TimeOnly(10, 0), new TimeOnly(11, 0), "fs-2", "FS"),
        ], Workers);
        c.Presences.Select(p => p.Day).ShouldBe([DayOfWeek.Monday, DayOfWeek.Sunday]);
    }

    [Fact]
    public void AGroupActivityCountsAttendanceOfSessionsHeldAndRefusesOnesNotYetHeld()
    {
        var c = Centre();
        var today = new DateOnly(2026, 12, 4);
        var it = c.AddActivity("IT-kursus", "Mail og e-Boks", "tirsdage kl. 13–15");
        Should.Throw<DomainException>(() => c.AddActivity(" it-kursus", null, null)).Message.ShouldContain("allerede en aktivitet");
        c.AddSession(it.Id, today.AddDays(-7), 4, null, today);
        c.AddSession(it.Id, today, 5, "Regnvejr", today);
        Should.Throw<DomainException>(() => c.AddSession(it.Id, today.AddDays(1), 3, null, today)).Message.ShouldBe("Fremmødet kan først registreres, når gangen er holdt.");
        Should.Throw<DomainException>(() => c.AddSession(it.Id, today, -1, null, today));
        Should.Throw<DomainException>(() => c.AddSession(it.Id, today, DropInCentre.MaxAttendance + 1, null, today));

        var activity = c.Activities.ShouldHaveSingleItem();
        (activity.Sessions.Count, activity.TotalAttendance, activity.AverageAttendance).ShouldBe((2, 9, 4.5));
        c.RemoveSession(it.Id, activity.Sessions[0].Id);
        c.Activities[0].TotalAttendance.ShouldBe(5);
        Should.Throw<DomainException>(() => c.RemoveSession(it.Id, activity.Sessions[0].Id)).Message.ShouldStartWith("Gangen findes ikke længere");
    }
}
