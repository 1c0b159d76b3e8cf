using Caseload.Application.ActionPlans;
using Caseload.Application.Common.Time;
using Microsoft.Extensions.Time.Testing;

namespace Caseload.Web.Tests.Act;

/// <summary>
/// The team meeting's agenda rules (ADR 0032) through the one clock: the Danish date of "now" and of the last contact decide
/// the 14 days, so each rule is checked at 00:05 and 23:59 Danish time on an ordinary day and on both daylight-saving days
/// of 2026 — where a count in UTC days would be a day off.
/// </summary>
public sealed class AgendaRulesTests
{
    public static TheoryData<string, int, int> Clocks => new()
    {
        { "2026-11-18", 0, 5 }, { "2026-11-18", 23, 59 },
        { "2026-03-29", 0, 5 }, { "2026-03-29", 23, 59 }, // summer time starts: 02.00 → 03.00
        { "2026-10-25", 0, 5 }, { "2026-10-25", 23, 59 }, // summer time ends: 03.00 → 02.00
        { "2026-03-30", 0, 5 }, { "2026-10-26", 23, 59 },
    };

    private static DanishClock ClockAt(string day, int hour, int minute)
    {
        DanishTime.TryToUtc(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(hour, minute)), out var utc).ShouldBeTrue();
        return new DanishClock(new FakeTimeProvider(new DateTimeOffset(utc, TimeSpan.Zero)));
    }

    /// <summary>A Danish wall-clock time <paramref name="daysAgo"/> days before the clock's Danish date, as UTC.</summary>
    private static DateTime LocalUtc(DanishClock clock, int daysAgo, int hour, int minute)
    {
        DanishTime.TryToUtc(clock.Today.AddDays(-daysAgo).ToDateTime(new TimeOnly(hour, minute)), out var utc).ShouldBeTrue();
        return utc;
    }

    private static AgendaFacts Citizen(string name, DanishClock clock, DateTime? lastContactUtc, DateOnly? lastReviewed = null, bool intensified = false,
        DateOnly? taskDue = null, DateOnly? agreement = null, params DateOnly[] goals)
        => new(Guid.NewGuid(), name, "w", lastReviewed, lastContactUtc is { } at ? clock.DateOf(at) : null, intensified, taskDue, agreement, goals, goals.Length > 0);

    private static IReadOnlyList<AgendaReason> Reasons(AgendaFacts c, DanishClock clock, int cadence = 7)
        => AgendaRules.ReasonsFor(c, clock.Today, clock.Today, cadence, 4);

    [Theory, MemberData(nameof(Clocks))]
    public void NoContactIn14DanishDaysIsAnAlertWhateverTheHourAndTheDaylightSavingChange(string day, int hour, int minute)
    {
        var clock = ClockAt(day, hour, minute);
        var reviewed = clock.Today.AddDays(-7);
        // Late on the evening 14 Danish days ago: 14 days without contact. Just after midnight 13 days ago: 13 days.
        Reasons(Citizen("A", clock, LocalUtc(clock, 14, 23, 30), reviewed), clock).ShouldContain(AgendaReason.NoContact);
        Reasons(Citizen("B", clock, LocalUtc(clock, 13, 0, 10), reviewed), clock).ShouldNotContain(AgendaReason.NoContact);
        Reasons(Citizen("C", clock, null, reviewed), clock).ShouldContain(AgendaReason.NoContact);
        Reasons(Citizen("D", clock, LocalUtc(clock, 0, 0, 1), reviewed), clock).ShouldBeEmpty();
    }

    [Theory, MemberData(nameof(Clocks))]
    public void EveryCitizenIsDueBeforeTheirWeeksRunOutAndTheLongestUnreviewedComesFirst(string day, int hour, int minute)
    {
        var clock = ClockAt(day, hour, minute);
        var today = clock.Today;
        var recent = LocalUtc(clock, 1, 10, 0);
        // Weekly meetings, every 4 weeks: reviewed 21 days ago waits (28 days at the next meeting); 22 days ago would pass 28.
        Reasons(Citizen("Venter", clock, recent, today.AddDays(-21)), clock).ShouldBeEmpty();
        Reasons(Citizen("Nu", clock, recent, today.AddDays(-22)), clock).ShouldBe([AgendaReason.Rotation]);
        // Fortnightly: the next meeting is 14 days on, so 15 days ago is due already.
        Reasons(Citizen("Hver anden", clock, recent, today.AddDays(-15)), clock, cadence: 14).ShouldBe([AgendaReason.Rotation]);

        var agenda = AgendaRules.Build([Citizen("Åse", clock, recent, today.AddDays(-30)), Citizen("Bo", clock, recent, null),
                Citizen("Carl", clock, recent, today.AddDays(-40)), Citizen("Dorte", clock, recent, today.AddDays(-3))],
            today, today, 7, 4, new HashSet<Guid>(), new HashSet<Guid>(), new HashSet<Guid>());
        agenda.Select(e => e.Citizen.Name).ShouldBe(["Bo", "Carl", "Åse"]);
    }

    [Theory, MemberData(nameof(Clocks))]
    public void EachAlertPutsTheCitizenOnTheAgendaAndIntensifiedSupportComesFirstAndStays(string day, int hour, int minute)
    {
        var clock = ClockAt(day, hour, minute);
        var today = clock.Today;
        var recent = LocalUtc(clock, 1, 10, 0);
        var reviewed = today.AddDays(-7);
        Reasons(Citizen("Opgave", clock, recent, reviewed, taskDue: today.AddDays(-1)), clock).ShouldBe([AgendaReason.OverdueTask]);
        Reasons(Citizen("Opgave i dag", clock, recent, reviewed, taskDue: today), clock).ShouldBeEmpty();
        Reasons(Citizen("Aftale", clock, recent, reviewed, agreement: today.AddDays(-1)), clock).ShouldBe([AgendaReason.OverdueFollowUp]);
        Reasons(Citizen("Mål over", clock, recent, reviewed, goals: today.AddDays(-2)), clock).ShouldBe([AgendaReason.OverdueFollowUp]);
        Reasons(Citizen("Mål snart", clock, recent, reviewed, goals: today.AddDays(6)), clock).ShouldBe([AgendaReason.GoalDue]);
        Reasons(Citizen("Mål senere", clock, recent, reviewed, goals: today.AddDays(7)), clock).ShouldBeEmpty();

        var flagged = Citizen("Zenia", clock, recent, reviewed, intensified: true);
        var quiet = Citizen("Anders", clock, LocalUtc(clock, 20, 9, 0), reviewed);
        var removed = new HashSet<Guid> { flagged.CitizenId, quiet.CitizenId };
        var agenda = AgendaRules.Build([quiet, flagged], today, today, 7, 4, new HashSet<Guid>(), removed, new HashSet<Guid>());
        // The leader's removal holds for an alert, never for intensified support (reviewed every time).
        agenda.Select(e => e.Citizen.Name).ShouldBe(["Zenia"]);
        agenda[0].Reasons.ShouldBe([AgendaReason.Intensified]);
    }

    [Fact]
    public void TheLeadersAdditionPutsACitizenOnAndAReviewKeepsThemThere()
    {
        var clock = ClockAt("2026-11-18", 9, 0);
        var today = clock.Today;
        var calm = Citizen("Rolig", clock, LocalUtc(clock, 1, 9, 0), today.AddDays(-7));
        var reviewedHere = Citizen("Gennemgået", clock, LocalUtc(clock, 1, 9, 0), today.AddDays(-7));
        var agenda = AgendaRules.Build([calm, reviewedHere], today, today, 7, 4, new HashSet<Guid> { calm.CitizenId }, new HashSet<Guid>(),
            new HashSet<Guid> { reviewedHere.CitizenId });
        agenda.Select(e => e.Citizen.Name).ShouldBe(["Gennemgået", "Rolig"], ignoreOrder: true);
        agenda.Single(e => e.Citizen.Name == "Rolig").Reasons.ShouldBe([AgendaReason.AddedByLeader]);
    }

    [Theory, MemberData(nameof(Clocks))]
    public void AWho5FallOfTenPointsBetweenTheTwoLatestMeasurementsIsAnAlert(string day, int hour, int minute)
    {
        var clock = ClockAt(day, hour, minute);
        var today = clock.Today;
        var recent = LocalUtc(clock, 1, 10, 0);
        var reviewed = today.AddDays(-7);
        // The latest two by date (then by the log's order), whatever order they come in; a rise or a small fall is no alert.
        AgendaRules.Who5Drop([(today.AddDays(-90), 1, 40), (today, 3, 52), (today.AddDays(-30), 2, 64)]).ShouldBe(12);
        AgendaRules.Who5Drop([(today, 5, 60), (today, 4, 72)]).ShouldBe(12);
        AgendaRules.Who5Drop([(today.AddDays(-30), 1, 40), (today, 2, 56)]).ShouldBe(-16);
        AgendaRules.Who5Drop([(today, 1, 40)]).ShouldBeNull();
        Reasons(Citizen("Fald", clock, recent, reviewed) with { Who5Drop = 10 }, clock).ShouldBe([AgendaReason.Who5Drop]);
        Reasons(Citizen("Lille fald", clock, recent, reviewed) with { Who5Drop = 8 }, clock).ShouldBeEmpty();
        Reasons(Citizen("Stigning", clock, recent, reviewed) with { Who5Drop = -20 }, clock).ShouldBeEmpty();
        AgendaRules.FromCodes(AgendaRules.Codes([AgendaReason.Who5Drop, AgendaReason.Rotation])).ShouldBe([AgendaReason.Who5Drop, AgendaReason.Rotation]);
        AgendaReason.Who5Drop.Danish().ShouldBe("WHO-5 faldet mindst 10 point");
    }

    [Fact]
    public void AMeetingThatHasPassedIsJudgedOnItsOwnDate()
    {
        var clock = ClockAt("2026-11-18", 9, 0);
        AgendaRules.ReferenceDay(clock.Today.AddDays(-3), clock.Today).ShouldBe(clock.Today.AddDays(-3));
        AgendaRules.ReferenceDay(clock.Today.AddDays(3), clock.Today).ShouldBe(clock.Today);
    }
}
