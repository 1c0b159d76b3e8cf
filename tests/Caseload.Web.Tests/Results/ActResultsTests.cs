using System.Net;
using Caseload.Application.ActionPlans;
using Caseload.Application.Common.Time;
using Caseload.Application.Results;
using Caseload.Domain.Contacts;
using Caseload.Domain.Teams;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Web.Tests.Results;

/// <summary>ACT's results and fidelity page (issue #29): the figures agree with a count over the raw rows, the page is
/// for leaders of ACT teams and managers only, and a contact updates the month's figures in its own command.</summary>
public abstract class ActResultsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseloadAppFactory, new()
{
    private const string PageUrl = "/resultater/act";
    private static FidelityItem Item(string code) => ActFidelityItems.All.Single(i => i.Code == code);
    private static double Value(string code, TeamSeries s) => Item(code).ForPeriod(s)!.Value.Value!.Value;

    private async Task<(TeamSeries Series, ResultsPeriod Period)> DemoTeamAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var period = ResultsPeriod.LastTwelveMonths(scope.ServiceProvider.GetRequiredService<IDanishClock>().Today);
        var reader = scope.ServiceProvider.GetRequiredService<TeamSeriesReader>();
        var team = (await reader.TeamsAsync(Method.Act, null, default)).Single(t => t.Name == "ACT-team Solbjerg");
        return ((await reader.ReadAsync(Method.Act, [team], period, default)).Single(), period);
    }

    private static bool InVivo(ContactChannel c) => c is ContactChannel.HomeVisit or ContactChannel.DropInCentre;
    private static bool FaceToFace(ContactChannel c) => InVivo(c) || c == ContactChannel.OfficeMeeting;

    [Fact]
    public async Task H1S1AndS5AgreeWithAnIndependentCountOverTheDemoData()
    {
        var (series, period) = await DemoTeamAsync();
        var team = series.Team.Id;
        var fte = await app.QueryAsync(db => db.TeamMembers.Where(m => m.TeamId == team && m.Role == TeamRole.Member).Select(m => m.Fte).ToListAsync());
        var courses = await app.QueryAsync(db => db.Courses.Where(c => c.TeamId == team).Select(c => new { c.StartDate, c.EndDate }).ToListAsync());
        var from = DanishTime.StartOfDayUtc(period.From);
        var to = DanishTime.StartOfDayUtc(period.To.AddDays(1));
        var contacts = await app.QueryAsync(db => db.ContactLog
            .Where(c => c.Achieved && c.OccurredAt >= from && c.OccurredAt < to && db.Citizens.Any(z => z.Id == c.CitizenId && z.TeamId == team))
            .Select(c => c.Channel).ToListAsync());
        contacts.Count(FaceToFace).ShouldBeGreaterThan(100, "the demo ACT team has a contact history");

        var active = courses.Count(c => c.EndDate == null);
        Value("H1", series).ShouldBe(active / (double)fte.Sum(), 1e-9);
        Value("S1", series).ShouldBe(contacts.Count(InVivo) / (double)contacts.Count(FaceToFace), 1e-9);
        var citizenWeeks = period.Months.Sum(m =>
        {
            var next = m.AddMonths(1);
            var last = next.AddDays(-1) < period.To ? next.AddDays(-1) : period.To;
            return courses.Count(c => c.StartDate < next && (c.EndDate == null || c.EndDate >= next)) * (last.DayNumber - m.DayNumber + 1) / 7.0;
        });
        Value("S5", series).ShouldBe(contacts.Count(FaceToFace) / citizenWeeks, 1e-9);

        // The page shows the same numbers.
        using var leader = await app.SignedInAsync("teamleder.act@caseload.local");
        var page = await leader.GetPageAsync(PageUrl);
        foreach (var code in new[] { "H1", "S1", "S5" })
        {
            var row = page.QuerySelectorAll("table.results-table tbody tr").Single(r => r.QuerySelector("th .badge")!.TextContent == code);
            row.QuerySelectorAll("td")[0].TextContent.Trim().ShouldBe(Item(code).FormatValue(Value(code, series)), code);
            row.QuerySelector("svg[role='img']")!.GetAttribute("aria-label")!.ShouldContain("udvikling pr. måned");
            row.QuerySelector("a[href$='#" + code.ToLowerInvariant() + "']").ShouldNotBeNull();
        }
        page.QuerySelector("#periode")!.TextContent.ShouldContain(DanishDate(period.From));

        // The CSV export shows the same values as the page.
        using var csv = await leader.GetAsync(page.QuerySelector("a[download]")!.GetAttribute("href")!);
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        foreach (var code in new[] { "H1", "S1", "S5" })
            lines.Single(l => l.StartsWith(code + ";", StringComparison.Ordinal)).Split(';')[3].ShouldBe(Item(code).FormatValue(Value(code, series)), code);
    }

    [Fact]
    public async Task H3CountsEachHeldTeamMeetingOncePerWeekFromTheTeamMeetings()
    {
        var (series, period) = await DemoTeamAsync();
        var team = series.Team.Id;
        // Independently: the team's closed meetings in the period that reviewed at least one citizen, each once.
        var meetings = await app.QueryAsync(db => db.TeamMeetings
            .Where(m => m.TeamId == team && m.ClosedAt != null && m.Date >= period.From && m.Date <= period.To && m.Items.Any(i => i.ReviewedAt != null))
            .CountAsync());
        meetings.ShouldBeGreaterThan(0, "the demo ACT team has held meetings");
        Value("H3", series).ShouldBe(meetings / (period.TotalDays / 7.0), 1e-9);
        Item("H3").ForPeriod(series)!.Value.Citizens.ShouldBe(series.Served);

        using var leader = await app.SignedInAsync("teamleder.act@caseload.local");
        var page = await leader.GetPageAsync(PageUrl);
        var row = page.QuerySelectorAll("table.results-table tbody tr").Single(r => r.QuerySelector("th .badge")!.TextContent == "H3");
        row.QuerySelectorAll("td")[0].TextContent.Trim().ShouldBe(Item("H3").FormatValue(Value("H3", series)));
        row.TextContent.ShouldNotContain(NoData.Text);
    }

    private static string DanishDate(DateOnly d) => d.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task OnlyLeadersOfAnActTeamAndManagersSeeThePage()
    {
        var cti = await app.QueryAsync(db => db.Teams.Where(t => t.Method == Method.Cti).Select(t => t.Id).FirstAsync());
        foreach (var email in new[] { "medarbejder1.act@caseload.local", "admin@caseload.local" })
        {
            using var client = await app.SignedInAsync(email);
            using var response = await client.GetAsync(PageUrl);
            response.Headers.Location!.AbsolutePath.ShouldBe("/konto/ingen-adgang", email);
        }
        using (var ctiLeader = await app.SignedInAsync("teamleder.cti@caseload.local"))
        using (var response = await ctiLeader.GetAsync(PageUrl))
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, "a leader of no ACT team");
        using (var actLeader = await app.SignedInAsync("teamleder.act@caseload.local"))
        {
            using (var other = await actLeader.GetAsync($"{PageUrl}?team={cti}")) other.StatusCode.ShouldBe(HttpStatusCode.NotFound, "another team");
            (await actLeader.GetPageAsync(PageUrl)).QuerySelector("#periode")!.TextContent.ShouldContain("ACT-team Solbjerg");
            (await actLeader.GetPageAsync($"{PageUrl}/definitioner")).QuerySelector("#s4")!.TextContent.ShouldContain("120 minutter");
        }
        using var manager = await app.SignedInAsync("leder@caseload.local");
        var page = await manager.GetPageAsync(PageUrl);
        page.QuerySelectorAll("select#team option").Select(o => o.TextContent).ShouldContain("ACT-team Solbjerg");
        page.QuerySelector("main")!.TextContent.ShouldNotContain("Bent Kristensen");
    }

    [Fact]
    public async Task AnUnreadablePeriodShowsTheLastTwelveMonthsWithAMessage()
    {
        using var leader = await app.SignedInAsync("teamleder.act@caseload.local");
        var page = await leader.GetPageAsync($"{PageUrl}?fra=2026-05-01&til=2026-01-01");
        page.QuerySelector("[role='alert']")!.TextContent.ShouldContain("Perioden er ugyldig");
    }

    [Fact]
    public async Task AContactWithAColleagueMinutesAndTheNetworkCountsInTheMonthsFiguresInItsOwnCommand()
    {
        var citizen = await app.CitizenIdAsync("Lise Mortensen");
        var team = await app.QueryAsync(db => db.Citizens.Where(c => c.Id == citizen).Select(c => c.TeamId).SingleAsync());
        var colleague = await app.QueryAsync(db => db.Users.Where(u => u.Email == "medarbejder2.act@caseload.local").Select(u => u.Id).SingleAsync());
        var day = DanishTime.DateOf(DateTime.UtcNow).AddDays(-1);
        var month = FigureRules.MonthOf(day);
        async Task<Dictionary<string, (long Count, long Sum)>> FiguresAsync() => await app.QueryAsync(db => db.MonthlyFigures
            .Where(f => f.TeamId == team && f.Month == month).ToDictionaryAsync(f => f.Key, f => (f.Count, f.Sum)));
        var before = await FiguresAsync();
        using var worker = await app.SignedInAsync("medarbejder1.act@caseload.local");

        // Refused (too long): nothing is counted, and the message is Danish.
        using (var refused = await worker.PostFormAsync($"/borgere/{citizen}", [new("Contact.OccurredAt", $"{day:yyyy-MM-dd}T10:00"),
                   new("Contact.Channel", "HomeVisit"), new("Contact.Achieved", "true"), new("Contact.DurationMinutes", "700")], $"/borgere/{citizen}/kontakter"))
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await TestClient.ParseAsync(refused)).QuerySelector("main")!.TextContent.ShouldContain("Varigheden skal være mellem 1 og 600 minutter.");
        }
        (await FiguresAsync()).ShouldBe(before);

        await worker.SubmitAsync($"/borgere/{citizen}", "/kontakter", ("Contact.OccurredAt", $"{day:yyyy-MM-dd}T10:00"), ("Contact.Channel", "HomeVisit"),
            ("Contact.Achieved", "true"), ("Contact.DurationMinutes", "45"), ("Contact.NetworkTookPart", "true"), ("Contact.WorkersPresent", colleague));
        var entry = await app.QueryAsync(db => db.ContactLog.Include(c => c.WorkersPresent).Where(c => c.CitizenId == citizen).OrderByDescending(c => c.CreatedAt).FirstAsync());
        entry.DurationMinutes.ShouldBe(45);
        entry.NetworkTookPart.ShouldBeTrue();
        entry.WorkersPresent.Select(w => w.UserId).ShouldBe([colleague]);
        var after = await FiguresAsync();
        long Delta(string key) => after.GetValueOrDefault(key).Count - before.GetValueOrDefault(key).Count;
        Delta(FigureKeys.FaceToFace).ShouldBe(1);
        Delta(FigureKeys.InVivo).ShouldBe(1);
        Delta(FigureKeys.Network).ShouldBe(1);
        Delta(FigureKeys.FaceToFaceTimed).ShouldBe(1);
        (after[FigureKeys.FaceToFaceTimed].Sum - before.GetValueOrDefault(FigureKeys.FaceToFaceTimed).Sum).ShouldBe(45);
        // Two workers met her in this fortnight now: it counts once, and only if it did not already.
        after.GetValueOrDefault(FigureKeys.TeamApproach).Count.ShouldBeGreaterThanOrEqualTo(1);
        Delta(FigureKeys.TeamApproach).ShouldBeInRange(0, 1);
    }

    [Fact]
    public async Task TheBackfillCountsExactlyAsTheCommandPathDid()
    {
        var citizen = await app.CitizenIdAsync("Jytte Poulsen");
        var colleague = await app.QueryAsync(db => db.Users.Where(u => u.Email == "medarbejder3.act@caseload.local").Select(u => u.Id).SingleAsync());
        using var worker = await app.SignedInAsync("medarbejder1.act@caseload.local");
        var day = DanishTime.DateOf(DateTime.UtcNow).AddDays(-2);
        await worker.SubmitAsync($"/borgere/{citizen}", "/kontakter", ("Contact.OccurredAt", $"{day:yyyy-MM-dd}T09:30"), ("Contact.Channel", "OfficeMeeting"),
            ("Contact.Achieved", "true"), ("Contact.DurationMinutes", "20"), ("Contact.WorkersPresent", colleague));
        Task<List<string>> FiguresAsync() => app.QueryAsync(db => db.MonthlyFigures.AsNoTracking()
            .OrderBy(f => f.TeamId).ThenBy(f => f.Month).ThenBy(f => f.Key)
            .Select(f => f.TeamId + " " + f.Method + " " + f.Month + " " + f.Key + " " + f.Count + " " + f.Sum).ToListAsync());
        var live = await FiguresAsync();
        live.ShouldNotBeEmpty();

        await app.QueryAsync(db => db.MonthlyFigures.ExecuteDeleteAsync());
        await using (var scope = app.Services.CreateAsyncScope())
            (await scope.ServiceProvider.GetRequiredService<MonthlyFigureBackfill>().RunAsync()).ShouldBe(live.Count);
        (await FiguresAsync()).ShouldBe(live);
    }

    [Fact]
    public async Task AColleagueOfAnotherTeamCannotBeRecordedAsPresent()
    {
        var citizen = await app.CitizenIdAsync("Lise Mortensen");
        var outsider = await app.QueryAsync(db => db.Users.Where(u => u.Email == "medarbejder1.cti@caseload.local").Select(u => u.Id).SingleAsync());
        using var worker = await app.SignedInAsync("medarbejder1.act@caseload.local");
        var day = DanishTime.DateOf(DateTime.UtcNow).AddDays(-1);
        using var refused = await worker.PostFormAsync($"/borgere/{citizen}", [new("Contact.OccurredAt", $"{day:yyyy-MM-dd}T11:00"),
            new("Contact.Channel", "HomeVisit"), new("Contact.Achieved", "true"), new("Contact.WorkersPresent", outsider)], $"/borgere/{citizen}/kontakter");
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TestClient.ParseAsync(refused)).QuerySelector("main")!.TextContent.ShouldContain("Vælg kun medarbejdere fra borgerens team.");
    }
}

public sealed class ActResultsTestsOnSqlite(SqliteAppFactory app) : ActResultsTests<SqliteAppFactory>(app);
public sealed class ActResultsTestsOnPostgres(PostgresAppFactory app) : ActResultsTests<PostgresAppFactory>(app);
