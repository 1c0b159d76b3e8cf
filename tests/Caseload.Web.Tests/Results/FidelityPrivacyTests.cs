using Caseload.Application.ActionPlans;
using Caseload.Application.Results;
using Caseload.Domain.Results;
using Caseload.Domain.Teams;

namespace Caseload.Web.Tests.Results;

/// <summary>Figures across teams are counts only, and a cell built on fewer than five citizens shows "&lt; 5" — also when
/// it could be worked out from a total (issue #29 §7).</summary>
public sealed class FidelityPrivacyTests
{
    private static readonly ResultsPeriod Period = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31));

    /// <summary>A team whose <paramref name="citizens"/> all started before the period, with face-to-face contacts each month.</summary>
    private static TeamSeries Team(string name, int citizens, int contactsPerMonth)
    {
        var id = Guid.NewGuid();
        var rows = Period.Months.SelectMany(m => new[]
        {
            new FigureRow(id, m, FigureKeys.FaceToFace, contactsPerMonth, 0),
            new FigureRow(id, m, FigureKeys.InVivo, contactsPerMonth / 2, 0),
        });
        return new TeamSeries(new ResultsTeam(id, name, 2m), Period, citizens, rows);
    }

    [Fact]
    public void ACellOnFewerThanFiveCitizensShowsLessThanFiveWithoutAScore()
    {
        var rows = FidelityReportBuilder.Build(ActFidelityItems.All, [Team("Lille", 4, 40)], Period);
        foreach (var row in rows.Where(r => r.Item.Code is "H1" or "S1" or "S5"))
        {
            row.Total.Text.ShouldBe("< 5", row.Item.Code);
            row.Total.Score.ShouldBeNull();
            row.Total.Value.ShouldBeNull();
            row.Trend.ShouldAllBe(p => p.Cell.Suppressed);
        }
    }

    [Fact]
    public void TheTotalIsHiddenBesideAHiddenTeamSoItCannotBeWorkedOutBySubtraction()
    {
        var rows = FidelityReportBuilder.Build(ActFidelityItems.All, [Team("Stor", 20, 200), Team("Lille", 3, 30)], Period);
        var s5 = rows.Single(r => r.Item.Code == "S5");
        s5.Teams[0].Text.ShouldNotBe("< 5");
        s5.Teams[0].Score.ShouldNotBeNull();
        s5.Teams[1].Text.ShouldBe("< 5");
        s5.Total.Text.ShouldBe("< 5");
        // With both teams large enough the total is shown, and it is the teams' figures summed, not averaged.
        var both = FidelityReportBuilder.Build(ActFidelityItems.All, [Team("Stor", 20, 200), Team("Mellem", 10, 40)], Period).Single(r => r.Item.Code == "S5");
        both.Total.Value!.Value.ShouldBe((3 * 240) / (30 * Period.Months.Sum(m => Period.DaysIn(m)) / 7.0), 1e-9);
    }

    [Fact]
    public void H3IsMeetingsPerTeamAndWeekSoTheTotalOfTwoTeamsIsTheirAverage()
    {
        static TeamSeries Meeting(TeamSeries t, int perMonth)
        {
            var rows = Period.Months.SelectMany(m => new[]
            {
                new FigureRow(t.Team.Id, m, FigureKeys.FaceToFace, 100, 0),
                new FigureRow(t.Team.Id, m, FigureKeys.MeetingsHeld(TeamWeekEventSource.TeamMeetingKind), perMonth, 0),
            });
            return new TeamSeries(t.Team, Period, 20, rows);
        }
        var weekly = Meeting(Team("Ugentlig", 20, 100), 5);
        var fortnightly = Meeting(Team("Hver 14. dag", 20, 100), 3);
        var rows = FidelityReportBuilder.Build(ActFidelityItems.All, [weekly, fortnightly], Period);
        var h3 = rows.Single(r => r.Item.Code == "H3");
        var weeks = Period.TotalDays / 7.0;
        h3.Teams[0].Value!.Value.ShouldBe(15 / weeks, 1e-9);
        h3.Teams[0].Score.ShouldBe(3);
        h3.Teams[1].Value!.Value.ShouldBe(9 / weeks, 1e-9);
        h3.Teams[1].Score.ShouldBe(2);
        h3.Total.Value!.Value.ShouldBe(24 / (2 * weeks), 1e-9);
        h3.Trend.Select(p => p.Cell.Value).ShouldAllBe(v => v != null);
    }

    [Fact]
    public void AMeetingHeldAboutSeveralCitizensCountsOnce()
    {
        var team = Guid.NewGuid();
        var meeting = Guid.NewGuid();
        var tally = new FigureTally();
        foreach (var citizen in new[] { Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid() })
            tally.Add(new Domain.CourseEvents.CourseEvent(Domain.CourseEvents.CourseEventTypes.MeetingHeld, null, citizen, team, Method.Act,
                new DateTime(2026, 2, 3, 11, 0, 0, DateTimeKind.Utc), new DateOnly(2026, 2, 3), new DateTime(2026, 2, 3, 11, 0, 0, DateTimeKind.Utc), null,
                new Domain.CourseEvents.CourseEventPayload(SubjectId: meeting, Code: TeamWeekEventSource.TeamMeetingKind, ActualOn: new DateOnly(2026, 2, 3))));
        tally.Totals.Single().ShouldBe(new KeyValuePair<(Guid, Method, DateOnly, string), (long, long)>(
            (team, Method.Act, new DateOnly(2026, 2, 1), "meeting.act-team"), (1, 0)));
    }
}
