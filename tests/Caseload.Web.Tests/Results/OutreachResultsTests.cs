using System.Net;
using Caseload.Application.Common.Time;
using Caseload.Application.Outreach;
using Caseload.Application.Results;
using Caseload.Domain.Common;
using Caseload.Domain.CourseEvents;
using Caseload.Domain.Outreach;
using Caseload.Domain.Teams;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Caseload.Web.Tests.Results;

/// <summary>Outreach's results (issue #29 must-show 4, ADR 0036) against the outreach engine's own rows, through the app at a
/// fixed clock, and its privacy and scope rules.</summary>
public abstract class OutreachResultsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseloadAppFactory, new()
{
    private const string PageUrl = "/resultater/fremskudt";

    private async Task<(ResultsPeriod Period, DateOnly Today, IReadOnlyList<Guid> Teams, OutreachResults Service, WorkingDayCalendar Calendar, AsyncServiceScope Scope)> ServiceAsync()
    {
        var scope = app.Services.CreateAsyncScope();
        var today = scope.ServiceProvider.GetRequiredService<IDanishClock>().Today;
        var teams = await app.QueryAsync(db => db.Teams.Where(t => t.Method == Method.Outreach).Select(t => t.Id).ToListAsync());
        return (ResultsPeriod.LastTwelveMonths(today), today, teams, scope.ServiceProvider.GetRequiredService<OutreachResults>(),
            scope.ServiceProvider.GetRequiredService<WorkingDayCalendar>(), scope);
    }

    [Fact]
    public async Task ReferralsBySourceAndScreeningsByDecisionAgreeWithTheReferralRows()
    {
        var (period, _, teams, service, _, scope) = await ServiceAsync();
        await using var _ = scope;
        // Independently, from the outreach engine's referral rows.
        var referrals = await app.QueryAsync(db => db.Referrals.Where(r => teams.Contains(r.TeamId)).ToListAsync());
        var received = referrals.Where(r => r.ReceivedOn >= period.From && r.ReceivedOn <= period.To)
            .GroupBy(r => (r.TeamId, CourseEventTypes.CodeOf(r.Source))).Select(g => $"{g.Key.TeamId} {g.Key.Item2} {g.Count()}").Order().ToList();
        received.ShouldNotBeEmpty("the demo has referrals from several sources");
        (await service.CountsAsync(CourseEventTypes.ReferralReceived, teams, period, default)).Select(c => $"{c.TeamId} {c.Code} {c.N}").Order().ToList()
            .ShouldBe(received);

        var decided = referrals.Where(r => r.DecidedOn >= period.From && r.DecidedOn <= period.To)
            .GroupBy(r => (r.TeamId, r.Status == ReferralStatus.Accepted ? "accepted" : "declined")).Select(g => $"{g.Key.TeamId} {g.Key.Item2} {g.Count()}").Order().ToList();
        decided.ShouldContain(d => d.Contains("declined", StringComparison.Ordinal), "the demo has a declined referral");
        var screenings = await service.CountsAsync(CourseEventTypes.ReferralDecided, teams, period, default);
        screenings.ShouldAllBe(c => c.Code != null && (c.Code.StartsWith("group-a:", StringComparison.Ordinal) || c.Code.StartsWith("group-b:", StringComparison.Ordinal)
            || c.Code.StartsWith("no-group:", StringComparison.Ordinal)));
        screenings.GroupBy(c => (c.TeamId, c.Code!.Split(':')[1])).Select(g => $"{g.Key.TeamId} {g.Key.Item2} {g.Sum(c => c.N)}").Order().ToList().ShouldBe(decided);
    }

    [Fact]
    public async Task DeadlinesWorkingDaysAndConsentsAgreeWithTheOutreachCaseRows()
    {
        var (period, today, teams, service, calendar, scope) = await ServiceAsync();
        await using var _ = scope;
        var courses = OutreachFigures.FactsOf(await service.EventsAsync(teams, period, default));

        // Independently, from the engine's cases, steps, consents and referrals (not the event log).
        var cases = await app.QueryAsync(db => db.OutreachCases.Where(c => teams.Contains(c.TeamId)).Include(c => c.Events).Include(c => c.Consents).ToListAsync());
        var receivedOn = await app.QueryAsync(db => db.Referrals.Where(r => r.CourseId != null).ToDictionaryAsync(r => r.CourseId!.Value, r => r.ReceivedOn));
        cases.Count.ShouldBeGreaterThan(0);
        courses.Count.ShouldBe(cases.Count);

        var contact = cases.Select(c => (Due: calendar.AddWorkingDays(c.AllocatedOn, 2), Met: c.FirstOn(OutreachEvent.FirstContact)))
            .Where(x => x.Due >= period.From && x.Due <= period.To && (x.Met is not null || x.Due < today))
            .Select(x => x.Met <= x.Due ? 1.0 : 0.0).ToList();
        contact.ShouldNotBeEmpty();
        OutreachFigures.Observations("frist-kontakt", courses, period.From, period.To, today, calendar).Order().ShouldBe(contact.Order());

        var days = cases.Where(c => c.FirstOn(OutreachEvent.FirstContact) is { } d && d >= period.From && d <= period.To)
            .Select(c =>
            {
                var n = 0;
                for (var d = receivedOn[c.CourseId].AddDays(1); d <= c.FirstOn(OutreachEvent.FirstContact)!.Value; d = d.AddDays(1))
                    if (calendar.IsWorkingDay(d)) n++;
                return (double)n;
            }).ToList();
        days.ShouldNotBeEmpty();
        OutreachFigures.Observations("arbejdsdage-median", courses, period.From, period.To, today, calendar).Order().ShouldBe(days.Order());

        var exchanges = cases.SelectMany(c => c.Events.Where(e => e.Event == OutreachEvent.ExternalInformation && e.Date >= period.From && e.Date <= period.To)
            .Select(e => c.Consents.Any(k => k.IsValidOn(e.Date)) ? 1.0 : 0.0)).ToList();
        exchanges.ShouldNotBeEmpty("the demo's running cases obtained external information with consent");
        exchanges.ShouldAllBe(x => x == 1.0, "the engine refuses external information without a consent");
        OutreachFigures.Observations("samtykke", courses, period.From, period.To, today, calendar).Order().ShouldBe(exchanges.Order());

        // The page: the demo's few outreach courses show "< 5", never a number a reader could tie to a citizen.
        using var leader = await app.SignedInAsync("teamleder.fs@caseload.local");
        var page = await leader.GetPageAsync(PageUrl);
        var cell = page.QuerySelector("#fs-frister tr[data-tal='frist-kontakt']")!.QuerySelectorAll("td")[1].TextContent.Trim();
        cell.ShouldBe(contact.Count < 5 ? "< 5" : $"{contact.Average() * 100:0} % af {contact.Count}");
        page.QuerySelector("#fs-frister tr[data-tal='frist-koordinerende-moede']")!.TextContent.ShouldContain("Ingen data:");
        page.QuerySelector("#def-samtykke")!.TextContent.ShouldContain("samtykke");
        page.QuerySelector("main")!.TextContent.ShouldNotContain("Poul Eriksen");
    }

    [Fact]
    public async Task OnlyLeadersOfAnOutreachTeamAndManagersOpenThePage()
    {
        using var worker = await app.SignedInAsync("medarbejder1.fs@caseload.local");
        using (var response = await worker.GetAsync(PageUrl)) response.Headers.Location!.AbsolutePath.ShouldBe("/konto/ingen-adgang");
        using var actLeader = await app.SignedInAsync("teamleder.act@caseload.local");
        using (var none = await actLeader.GetAsync(PageUrl)) none.StatusCode.ShouldBe(HttpStatusCode.NotFound, "a leader of no outreach team");
        var actTeam = await app.QueryAsync(db => db.Teams.Where(t => t.Method == Method.Act).Select(t => t.Id).FirstAsync());
        using var manager = await app.SignedInAsync("leder@caseload.local");
        (await manager.GetPageAsync(PageUrl)).QuerySelector("h1")!.TextContent.ShouldBe("Resultater – fremskudt sagsbehandling");
        using (var act = await manager.GetAsync($"{PageUrl}?team={actTeam}")) act.StatusCode.ShouldBe(HttpStatusCode.NotFound, "an ACT team is not an outreach team");
        using var leader = await app.SignedInAsync("teamleder.fs@caseload.local");
        (await leader.GetPageAsync($"{PageUrl}?fra=2026-05-01&til=2026-01-01")).QuerySelector("[role='alert']")!.TextContent.ShouldContain("Perioden er ugyldig");
        using (var junk = await leader.GetAsync($"{PageUrl}?team=abc&fra=xyz")) junk.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The CSV holds the page's cells, escaped against formulas.
        using var csv = await leader.GetAsync($"{PageUrl}/csv");
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await csv.Content.ReadAsStringAsync();
        text.ShouldContain("Kontakt til borgeren (2 arbejdsdage efter visitation)");
        text.ShouldContain("Henvendelser efter hvem der henvendte sig");
    }

    [Theory]
    [InlineData("00:05")]
    [InlineData("23:59")]
    public async Task AReferralThroughTheAppWritesItsEventsAndCountsItsWorkingDaysToFirstContact(string timeOfDay)
    {
        var clock = new FakeTimeProvider();
        clock.MoveTo($"2026-10-08 {timeOfDay}"); // Thursday
        await using var fresh = new TApp { Clock = clock };
        using var leader = await fresh.SignedInAsync("teamleder.fs@caseload.local");
        var referralUrl = await leader.SubmitAsync("/fs/henvendelser/ny", "/fs/henvendelser/ny", ("Input.CitizenName", "Karen Juhl"),
            ("Input.Address", "Bakkevej 9, 8000 Solbjerg"), ("Input.Source", "Neighbour"), ("Input.ReferrerName", "Nabo i opgangen"),
            ("Input.Concern", "Har ikke åbnet døren i tre uger."));
        var citizen = await fresh.CitizenIdAsync("Karen Juhl");
        var events = await fresh.QueryAsync(db => db.CourseEvents.Where(e => e.CitizenId == citizen).ToListAsync());
        var received = events.ShouldHaveSingleItem("a new citizen's referral is placed in the citizen's team");
        received.Type.ShouldBe(CourseEventTypes.ReferralReceived);
        received.Code.ShouldBe("neighbour");
        received.ActualOn.ShouldBe(new DateOnly(2026, 10, 8));
        received.Method.ShouldBe(Method.Outreach);

        await leader.SubmitAsync(referralUrl, "/screening", ("Screening.Criteria", "1.1"), ("Screening.Criteria", "c1"),
            ("Screening.Criteria", "c2"), ("Screening.Criteria", "d1"), ("Screening.Age", "45"));
        var decision = (await leader.GetPageAsync(referralUrl)).Form("/afgoerelse");
        var caseUrl = await leader.SubmitAsync(referralUrl, "/afgoerelse", ("Ruling.Decision", "Accept"), ("Ruling.WorkerId", decision.Option("Ruling.WorkerId", "Peter Lund")));
        var decided = await fresh.QueryAsync(db => db.CourseEvents.SingleAsync(e => e.CitizenId == citizen && e.Type == CourseEventTypes.ReferralDecided));
        decided.Code.ShouldBe("group-b:accepted", "45 years is target group B by the default bands");
        decided.Flag.ShouldBe(true);
        decided.PlannedOn.ShouldBe(new DateOnly(2026, 10, 8));
        decided.CourseId.ShouldNotBeNull();

        // Monday (over the weekend): the first contact, two working days after the referral.
        clock.MoveTo($"2026-10-12 {timeOfDay}");
        using (var worker = await fresh.SignedInAsync("medarbejder1.fs@caseload.local"))
            await worker.SubmitAsync(caseUrl, "/fs/kontaktforsoeg", ("Attempt.Channel", "Visit"), ("Attempt.Outcome", "Reached"));
        await using var scope = fresh.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<OutreachResults>();
        var team = await fresh.QueryAsync(db => db.Citizens.Where(c => c.Id == citizen).Select(c => c.TeamId).SingleAsync());
        var period = ResultsPeriod.LastTwelveMonths(new DateOnly(2026, 10, 12));
        var course = OutreachFigures.FactsOf(await service.EventsAsync([team], period, default)).Single(c => c.CourseId == decided.CourseId);
        course.ReceivedOn.ShouldBe(new DateOnly(2026, 10, 8));
        OutreachFigures.Observations("arbejdsdage-median", [course], period.From, period.To, new DateOnly(2026, 10, 12),
            scope.ServiceProvider.GetRequiredService<WorkingDayCalendar>()).ShouldBe([2.0]);
        OutreachFigures.Observations("frist-kontakt", [course], period.From, period.To, new DateOnly(2026, 10, 12),
            scope.ServiceProvider.GetRequiredService<WorkingDayCalendar>()).ShouldBe([1.0], "allocated Thursday, due Monday, met Monday");
    }
}

public sealed class OutreachResultsTestsOnSqlite(SqliteAppFactory app) : OutreachResultsTests<SqliteAppFactory>(app);
public sealed class OutreachResultsTestsOnPostgres(PostgresAppFactory app) : OutreachResultsTests<PostgresAppFactory>(app);

/// <summary>The outreach figures as pure functions at fixed dates: deadlines, working days over Easter, consent, the "&lt; 5" rule.</summary>
public sealed class OutreachFiguresTests
{
    private static readonly WorkingDayCalendar Calendar = new();
    private static readonly ResultsPeriod March = new(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));
    private static readonly DateOnly Today = new(2026, 4, 15);

    private static OutreachFigures.CourseFacts Course(Guid team, DateOnly firstContact, DateOnly? withdrawn = null)
        => new(Guid.NewGuid(), team, new DateOnly(2026, 3, 2), new DateOnly(2026, 2, 27), null,
            [(OutreachEvent.FirstContact, firstContact), (OutreachEvent.FirstMeeting, firstContact.AddDays(1)), (OutreachEvent.ExternalInformation, new DateOnly(2026, 3, 10))],
            [new(Guid.NewGuid(), new DateOnly(2026, 3, 5), null, withdrawn)]);

    [Fact]
    public void WorkingDaysSkipWeekendsAndEaster()
    {
        // 2026: Maundy Thursday 2 April, Good Friday 3 April, Easter Monday 6 April.
        OutreachFigures.WorkingDaysBetween(new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 7), Calendar).ShouldBe(1);
        OutreachFigures.WorkingDaysBetween(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 2), Calendar).ShouldBe(0);
        OutreachFigures.WorkingDaysBetween(new DateOnly(2026, 2, 27), new DateOnly(2026, 3, 3), Calendar).ShouldBe(2);
    }

    [Fact]
    public void FiveCoursesShowTheirSharesMedianAndPercentileAndAWithdrawnConsentDoesNotCover()
    {
        var team = new ResultsTeam(Guid.NewGuid(), "FS Nord", 2);
        // Allocated Monday 2 March: contact due Wednesday 4 March. Four on Tuesday, one late on Friday (with a withdrawn consent).
        List<OutreachFigures.CourseFacts> courses = [.. Enumerable.Range(0, 4).Select(_ => Course(team.Id, new DateOnly(2026, 3, 3))),
            Course(team.Id, new DateOnly(2026, 3, 6), withdrawn: new DateOnly(2026, 3, 9))];
        var (deadlines, figures) = OutreachFigures.Build([team], courses, March, Today, Calendar);
        deadlines.Single(r => r.Code == "frist-kontakt").Total.Text.ShouldBe("80 % af 5");
        deadlines.Single(r => r.Code == "frist-koordinerende-moede").NoDataBecause.ShouldStartWith("Ingen data:");
        // Received Friday 27 February: 2 working days to Tuesday, 5 to Friday.
        figures.Single(r => r.Code == "arbejdsdage-median").Total.Text.ShouldBe("2 arbejdsdage (5 forløb)");
        figures.Single(r => r.Code == "arbejdsdage-p90").Total.Text.ShouldBe("5 arbejdsdage (5 forløb)");
        figures.Single(r => r.Code == "samtykke").Total.Text.ShouldBe("80 % af 5");
        figures.Single(r => r.Code == "opfoelgning-efter-afslutning").Total.ShouldBe(SmallCell.None);
        var trend = deadlines.Single(r => r.Code == "frist-kontakt").Trend.ShouldHaveSingleItem();
        trend.Cell.Text.ShouldBe("80 % af 5");
    }

    [Fact]
    public void FewerThanFiveCoursesShowLessThanFiveAndHideTheTotalBesideThem()
    {
        var big = new ResultsTeam(Guid.NewGuid(), "FS Nord", 2);
        var small = new ResultsTeam(Guid.NewGuid(), "FS Syd", 1);
        List<OutreachFigures.CourseFacts> courses = [.. Enumerable.Range(0, 6).Select(_ => Course(big.Id, new DateOnly(2026, 3, 3))),
            .. Enumerable.Range(0, 2).Select(_ => Course(small.Id, new DateOnly(2026, 3, 6)))];
        var row = OutreachFigures.Build([big, small], courses, March, Today, Calendar).Deadlines.Single(r => r.Code == "frist-kontakt");
        row.Teams.Select(c => c.Text).ShouldBe(["100 % af 6", "< 5"]);
        row.Total.Text.ShouldBe("< 5", "the total minus FS Nord would give FS Syd away");
    }

    [Fact]
    public void AFollowUpMeetingCountsOnlyInsideItsWindow()
    {
        var team = Guid.NewGuid();
        OutreachFigures.CourseFacts Closed(DateOnly? held) => new(Guid.NewGuid(), team, new DateOnly(2025, 6, 2), null, new DateOnly(2025, 9, 15),
            held is { } h ? [(OutreachEvent.FollowUpAfterClosure, h)] : [], []);
        // Closed 15-09-2025: the window is 15-12-2025 to 15-03-2026 and ends in March.
        var observed = OutreachFigures.Observations("opfoelgning-efter-afslutning",
            [Closed(new DateOnly(2026, 1, 10)), Closed(new DateOnly(2025, 10, 1)), Closed(null)], March.From, March.To, Today, Calendar);
        observed.ShouldBe([1.0, 0.0, 0.0]);
    }

    [Fact]
    public void CsvCellsThatASpreadsheetWouldRunAreEscaped()
    {
        Web.Features.Results.ResultsCsv.Escape("=HYPERLINK(\"x\")").ShouldBe("'=HYPERLINK(\"x\")");
        Web.Features.Results.ResultsCsv.Escape("+2,5").ShouldBe("'+2,5");
        Web.Features.Results.ResultsCsv.Escape("-1").ShouldBe("'-1");
        Web.Features.Results.ResultsCsv.Escape("@SUM(A1)").ShouldBe("'@SUM(A1)");
        Web.Features.Results.ResultsCsv.Escape("\tx").ShouldBe("'\tx");
        Web.Features.Results.ResultsCsv.Escape("\rx").ShouldBe("'\rx");
        Web.Features.Results.ResultsCsv.Escape("< 5").ShouldBe("< 5");
        Web.Features.Results.ResultsCsv.Escape("12 %").ShouldBe("12 %");
    }
}
