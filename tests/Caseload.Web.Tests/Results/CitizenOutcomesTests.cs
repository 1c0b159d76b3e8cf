using System.Net;
using Caseload.Application.Common.Time;
using Caseload.Application.Results;
using Caseload.Domain.Auditing;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Web.Tests.Results;

/// <summary>Results for citizens (issue #29 must-show 6 and 7): WHO-5 change and CTI endings agree with a computation over
/// the CTI engine's own rows, the page shows counts under the "&lt; 5" rule, and only a team's leader opens the list
/// behind a figure — audited.</summary>
public abstract class CitizenOutcomesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseloadAppFactory, new()
{
    private const string PageUrl = "/resultater/borgere";

    private async Task<(ResultsPeriod Period, IReadOnlyList<Guid> Teams, CitizenOutcomes Service, AsyncServiceScope Scope)> ServiceAsync()
    {
        var scope = app.Services.CreateAsyncScope();
        var period = ResultsPeriod.LastTwelveMonths(scope.ServiceProvider.GetRequiredService<IDanishClock>().Today);
        var teams = await app.QueryAsync(db => db.Teams.Select(t => t.Id).ToListAsync());
        return (period, teams, scope.ServiceProvider.GetRequiredService<CitizenOutcomes>(), scope);
    }

    [Fact]
    public async Task Who5ChangeAgreesWithTheFirstAndLatestMeasurementOfEachCtiCourse()
    {
        var (period, teams, service, scope) = await ServiceAsync();
        await using var _ = scope;
        var changes = await service.MeasurementsAsync(teams, period, default);

        // Independently, from the CTI engine's measurement rows: per course the earliest and the latest up to the period's
        // end, when there are two or more and the latest lies in the period.
        var rows = await app.QueryAsync(db => db.CtiMeasurements.Where(m => m.Date <= period.To)
            .Join(db.CtiCourses, m => m.CtiCourseId, c => c.Id, (m, c) => new { c.CourseId, c.TeamId, m.Date, m.Who5Score }).ToListAsync());
        var expected = rows.GroupBy(r => r.CourseId)
            .Select(g => g.OrderBy(r => r.Date).ToList())
            .Where(l => l.Count >= 2 && l[^1].Date >= period.From)
            .Select(l => $"{l[0].CourseId} {l[0].TeamId} {l[0].Who5Score} {l[^1].Who5Score}")
            .Order().ToList();
        expected.ShouldNotBeEmpty("the demo CTI courses have measurements at start and after three months");
        changes.Select(c => $"{c.CourseId} {c.TeamId} {c.First} {c.Latest}").Order().ToList().ShouldBe(expected);

        // The page: the CTI team's row shows its number of citizens, or "< 5" when fewer.
        var ctiTeam = changes.GroupBy(c => c.TeamId).OrderByDescending(g => g.Count()).First();
        using var manager = await app.SignedInAsync("leder@caseload.local");
        var page = await manager.GetPageAsync(PageUrl);
        var row = page.QuerySelector($"#tabel-who5 tr[data-team='{ctiTeam.Key}']")!;
        var n = ctiTeam.Count();
        row.QuerySelectorAll("td")[1].TextContent.Trim().ShouldBe(n < 5 ? "< 5" : n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (n >= 5)
        {
            var mean = ctiTeam.Average(c => (double)(c.Latest - c.First));
            row.QuerySelectorAll("td")[4].TextContent.Trim().ShouldBe(mean.ToString("+0.0;−0.0;0.0", System.Globalization.CultureInfo.GetCultureInfo("da-DK")));
        }
        page.QuerySelector("main")!.TextContent.ShouldNotContain("Ahmed Hassan");

        // The CSV has the same cells as the page.
        using var csv = await manager.GetAsync(page.QuerySelector("a[download]")!.GetAttribute("href")!);
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n').Select(l => l.TrimStart('\uFEFF').TrimEnd('\r')).ToList();
        var teamName = row.QuerySelector("th")!.TextContent.Trim();
        var cells = row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).Take(5).ToList();
        var csvRow = string.Join(";", cells.Prepend(teamName).Select(Web.Features.Results.ResultsCsv.Escape)) + ";"; // a signed change "+2,5" reads "'+2,5"
        lines.Any(l => l.StartsWith(csvRow, StringComparison.Ordinal)).ShouldBeTrue(string.Join("\n", lines));
    }

    [Fact]
    public async Task CtiEndingsAgreeWithTheCoursesEndedInThePeriod()
    {
        var (period, teams, service, scope) = await ServiceAsync();
        await using var _ = scope;
        var endings = await service.EndingsAsync(teams, period, default);
        var ended = await app.QueryAsync(db => db.CtiCourses.Where(c => c.EndedOn >= period.From && c.EndedOn <= period.To)
            .Select(c => new { c.TeamId, Completed = c.InterruptionReason == null }).ToListAsync());
        ended.ShouldNotBeEmpty("the demo has a completed and an interrupted CTI course");
        endings.Sum(e => e.Count).ShouldBe(ended.Count);
        endings.Where(e => e.Code == CitizenOutcomes.CompletedCode).Sum(e => e.Count).ShouldBe(ended.Count(e => e.Completed));
    }

    [Fact]
    public async Task OnlyTheTeamsLeaderOpensTheListBehindAFigureAndTheReadIsAudited()
    {
        var ctiTeam = await app.QueryAsync(db => db.Teams.Where(t => t.Name == "CTI-team Solbjerg").Select(t => t.Id).SingleAsync());
        var url = $"{PageUrl}/teams/{ctiTeam}/liste?maaling=who5&gruppe=";
        var (period, _, service, scope) = await ServiceAsync();
        await using var __ = scope;
        var behind = (await service.MeasurementsAsync([ctiTeam], period, default)).ToList();
        behind.ShouldNotBeEmpty();
        var band = OutcomeInstruments.Bands[OutcomeInstruments.BandOf(behind[0].Latest - behind[0].First, OutcomeInstruments.Who5)];
        var inBand = behind.Where(c => OutcomeInstruments.Bands[OutcomeInstruments.BandOf(c.Latest - c.First, OutcomeInstruments.Who5)] == band).ToList();

        using var manager = await app.SignedInAsync("leder@caseload.local");
        using (var refused = await manager.GetAsync(url + band)) refused.StatusCode.ShouldBe(HttpStatusCode.NotFound, "a manager sees counts only");
        using var actLeader = await app.SignedInAsync("teamleder.act@caseload.local");
        using (var refused = await actLeader.GetAsync(url + band)) refused.StatusCode.ShouldBe(HttpStatusCode.NotFound, "another team's leader");

        using var leader = await app.SignedInAsync("teamleder.cti@caseload.local");
        using (var bad = await leader.GetAsync(url + "ukendt")) bad.StatusCode.ShouldBe(HttpStatusCode.NotFound, "an unknown band is not an error page");
        var audited = await app.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.Viewed && a.Changes != null && a.Changes.Contains("Borgerresultater")));
        var page = await leader.GetPageAsync(url + band);
        var names = page.QuerySelectorAll("#borgerliste tbody th").Select(t => t.TextContent.Trim()).ToList();
        var expected = await app.QueryAsync(db => db.Citizens.Where(c => inBand.Select(b => b.CitizenId).Contains(c.Id)).Select(c => c.Name).ToListAsync());
        names.Order().ShouldBe(expected.Order());
        (await app.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.Viewed && a.Changes != null && a.Changes.Contains("Borgerresultater"))))
            .ShouldBe(audited + inBand.Select(c => c.CitizenId).Distinct().Count());

        // The leader's own team row links to the list; the manager's page has no such link.
        (await leader.GetPageAsync(PageUrl)).QuerySelectorAll($"#tabel-who5 a[href*='/teams/{ctiTeam}/liste']").Length.ShouldBe(3);
        (await manager.GetPageAsync(PageUrl)).QuerySelectorAll("#tabel-who5 a[href*='/liste']").ShouldBeEmpty();
    }

    [Fact]
    public async Task WorkersCannotOpenThePageAndABadPeriodShowsTheDefaultWithADanishMessage()
    {
        using var worker = await app.SignedInAsync("medarbejder1.cti@caseload.local");
        using (var response = await worker.GetAsync(PageUrl)) response.Headers.Location!.AbsolutePath.ShouldBe("/konto/ingen-adgang");
        using var leader = await app.SignedInAsync("teamleder.cti@caseload.local");
        var page = await leader.GetPageAsync($"{PageUrl}?fra=2026-05-01&til=2026-01-01");
        page.QuerySelector("[role='alert']")!.TextContent.ShouldContain("Perioden er ugyldig");
        using (var other = await leader.GetAsync($"{PageUrl}?team={Guid.NewGuid()}")) other.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using (var junk = await leader.GetAsync($"{PageUrl}?team=abc&fra=xyz")) junk.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class CitizenOutcomesTestsOnSqlite(SqliteAppFactory app) : CitizenOutcomesTests<SqliteAppFactory>(app);
public sealed class CitizenOutcomesTestsOnPostgres(PostgresAppFactory app) : CitizenOutcomesTests<PostgresAppFactory>(app);

/// <summary>The "&lt; 5" rule for tables across teams cannot be undone by subtraction (issue #29 §7).</summary>
public sealed class SmallCellsTests
{
    private static CountRow Team(string name, string method, params long[] counts)
        => new(name, method, Guid.NewGuid(), false, counts.Sum(), counts, [counts.Sum() * 10.0]);

    [Fact]
    public void ASingleSmallCategoryTakesTheNextSmallestWithIt()
    {
        var rows = SmallCells.Build([Team("A", "CTI", 3, 6, 20)], 3, 1);
        rows.Single().Counts.Select(c => c.Text).ShouldBe(["< 5", "< 5", "20"]);
        rows.Single().Citizens.Text.ShouldBe("29");
    }

    [Fact]
    public void ATotalShowsNoCategoryWhenATeamHasAHiddenOneAndNoNumberWhenATeamHasAHiddenNumber()
    {
        var rows = SmallCells.Build([Team("A", "CTI", 3, 6, 20), Team("B", "CTI", 7, 8, 9), Team("C", "ACT", 1, 1, 1)], 3, 1);
        var cti = rows.Single(r => r.Label == "I alt, CTI");
        cti.Citizens.Text.ShouldBe("53");
        cti.Counts.ShouldAllBe(c => c.Hidden);
        var c = rows.Single(r => r.Label == "C");
        c.Citizens.Hidden.ShouldBeTrue();
        c.Means.ShouldAllBe(m => m.Hidden);
        var all = rows.Single(r => r.Label == "Alle");
        all.Citizens.Hidden.ShouldBeTrue("team C's 3 citizens would be the total minus the others");
        all.Means.ShouldAllBe(m => m.Hidden);
        // Every team large enough in every category: the total shows all, summed.
        var open = SmallCells.Build([Team("A", "CTI", 5, 6, 20), Team("B", "CTI", 7, 8, 9)], 3, 1).Single(r => r.IsTotal);
        open.Counts.Select(x => x.Text).ShouldBe(["12", "14", "29"]);
        open.Shares[0].Text.ShouldBe("22 %");
        open.Means[0].Text.ShouldBe("10,0");
    }
}

/// <summary>CTI's fidelity items (issue #29 must-show 3): one share checked against the CTI engine's own transitions.</summary>
public abstract class CtiFidelityTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseloadAppFactory, new()
{
    [Fact]
    public async Task PhaseTransitionsOnPlanAgreeWithTheCtiTransitionsAndItemsWithoutDataSaySoAndWhy()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var period = ResultsPeriod.LastTwelveMonths(scope.ServiceProvider.GetRequiredService<IDanishClock>().Today);
        // Independently: per course with a transition in the period, are all of its period's transitions on plan?
        var transitions = await app.QueryAsync(db => db.CtiTransitions.Where(t => t.Date >= period.From && t.Date <= period.To)
            .Select(t => new { t.CtiCourseId, t.OffPlan }).ToListAsync());
        var courses = transitions.GroupBy(t => t.CtiCourseId).Select(g => g.All(t => !t.OffPlan)).ToList();
        courses.ShouldNotBeEmpty();
        var expected = courses.Count < 5 ? "< 5"
            : (courses.Count(x => x) * 100.0 / courses.Count).ToString("0", System.Globalization.CultureInfo.GetCultureInfo("da-DK")) + $" % af {courses.Count}";

        using var leader = await app.SignedInAsync("teamleder.cti@caseload.local");
        var page = await leader.GetPageAsync("/resultater/cti");
        var rows = page.QuerySelectorAll("#cti-fidelitet tbody tr");
        rows.First(r => r.QuerySelector("th")!.TextContent.Contains("Faseskift til tiden")).QuerySelectorAll("td")[1].TextContent.Trim().ShouldBe(expected);
        var noData = rows.First(r => r.QuerySelector("th")!.TextContent.Contains("Aftagende intensitet"));
        noData.QuerySelectorAll("td")[1].TextContent.Trim().ShouldBe("Ingen data");
        noData.QuerySelector("th")!.TextContent.ShouldContain("Ingen data:");

        using var actLeader = await app.SignedInAsync("teamleder.act@caseload.local");
        using (var none = await actLeader.GetAsync("/resultater/cti")) none.StatusCode.ShouldBe(HttpStatusCode.NotFound, "a leader of no CTI team");
    }
}

public sealed class CtiFidelityTestsOnSqlite(SqliteAppFactory app) : CtiFidelityTests<SqliteAppFactory>(app);
public sealed class CtiFidelityTestsOnPostgres(PostgresAppFactory app) : CtiFidelityTests<PostgresAppFactory>(app);
