using System.Net;
using Caseload.Domain.Courses;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Web.Tests.Caseload;

/// <summary>Issue #27 item 2: the caseload limit protects when assigning. Seeded ACT team (limit 10 per FTE): Mette Andersen
/// 10 on 1,0 (at the limit), Ole Nielsen 6 on 0,5 (12 per FTE, over), Sara Holm 3 on 1,0.</summary>
public abstract class CaseloadLimitTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseloadAppFactory, new()
{
    private static Task<string> UserIdAsync(CaseloadAppFactory a, string email) => a.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
    private static Task<Guid> TeamIdAsync(CaseloadAppFactory a, string name) => a.QueryAsync(db => db.Teams.Where(t => t.Name == name).Select(t => t.Id).SingleAsync());
    private const string Over = "kommer over grænsen på 10,0 borgere pr. årsværk";

    [Fact]
    public async Task EveryWorkerPickerShowsTheWorkersCurrentLoad()
    {
        var sara = await UserIdAsync(app, "medarbejder3.act@caseload.local");
        var course = await app.QueryAsync(db => db.Courses.Where(c => c.PrimaryWorkerId == sara && c.Status == CourseStatus.Active).Select(c => c.Id).FirstAsync());
        var ole = await UserIdAsync(app, "medarbejder2.act@caseload.local");
        var oleCount = await app.QueryAsync(db => db.Courses.CountAsync(c => c.PrimaryWorkerId == ole && c.Status == CourseStatus.Active));
        using var leader = TestClient.For(app);
        await leader.SignInAsync("teamleder.act@caseload.local");

        var reassign = await leader.GetPageAsync($"/forloeb/{course}/tovholder");
        reassign.QuerySelector($"#NewWorkerId option[value='{ole}']")!.TextContent
            .ShouldBe($"Ole Nielsen ({oleCount} borgere · 0,5 årsværk · {oleCount * 2},0 pr. årsværk)");
        reassign.QuerySelector("#AssignAnyway").ShouldNotBeNull(); // Ole would come over the limit

        var team = await TeamIdAsync(app, "ACT-team Solbjerg");
        var bulk = await leader.GetPageAsync($"/tavle/{team}/flyt-alle?from={sara}");
        bulk.QuerySelector($"#ToWorkerId option[value='{ole}']")!.TextContent.ShouldContain($"0,5 årsværk · {oleCount * 2},0 pr. årsværk");
        var saras = await app.QueryAsync(db => db.Courses.CountAsync(c => c.PrimaryWorkerId == sara && c.Status == CourseStatus.Active));
        var after = oleCount + saras; // the load after the move, previewed per possible new primary worker
        System.Text.RegularExpressions.Regex.Replace(bulk.QuerySelector($"#load-after tr[data-worker='{ole}'] td:last-child")!.TextContent, @"\s+", " ").Trim()
            .ShouldBe($"{after} borgere · 0,5 årsværk · {after * 2},0 pr. årsværk · over grænsen");
    }

    [Fact]
    public async Task TheBoardShowsTheTeamsAveragePerFteBesideEachWorkers()
    {
        var team = await TeamIdAsync(app, "CTI-team Solbjerg");
        var citizens = await app.QueryAsync(db => db.Courses.CountAsync(c => c.TeamId == team && c.Status == CourseStatus.Active));
        var ftes = await app.QueryAsync(db => db.TeamMembers.Where(m => m.TeamId == team && m.Role == Domain.Teams.TeamRole.Member).Select(m => m.Fte).ToListAsync());
        var average = Math.Round(citizens / ftes.Sum(), 1).ToString("0.0#", System.Globalization.CultureInfo.GetCultureInfo("da-DK"));
        using var leader = TestClient.For(app);
        await leader.SignInAsync("teamleder.cti@caseload.local");
        var board = await leader.GetPageAsync("/tavle");
        var shown = board.QuerySelectorAll("section .team-average").Select(s => s.TextContent.Trim()).ToList();
        shown.Count.ShouldBe(board.QuerySelectorAll("section .caseload-state").Length);
        shown.ShouldAllBe(s => s == $"(teamets gennemsnit {average} pr. årsværk)");
    }

    [Fact]
    public async Task ReassigningOverTheLimitIsRefusedUntilConfirmedAndTheReasonIsKept()
    {
        await using var own = new TApp(); // moves courses: its own database
        var sara = await UserIdAsync(own, "medarbejder3.act@caseload.local");
        var ole = await UserIdAsync(own, "medarbejder2.act@caseload.local");
        var course = await own.QueryAsync(db => db.Courses.Where(c => c.PrimaryWorkerId == sara && c.Status == CourseStatus.Active).Select(c => c.Id).FirstAsync());
        using var leader = TestClient.For(own);
        await leader.SignInAsync("teamleder.act@caseload.local");

        using (var refused = await leader.PostFormAsync($"/forloeb/{course}/tovholder", [new("NewWorkerId", ole), new("Reason", "Ole kender borgeren"),
                   new("Version", (await leader.GetPageAsync($"/forloeb/{course}/tovholder")).QuerySelector("input[name=Version]")!.GetAttribute("value")!)], "/tovholder"))
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.OK);
            var page = await TestClient.ParseAsync(refused);
            page.QuerySelector("#fejl-oversigt")!.TextContent.ShouldContain("Ole Nielsen " + Over);
            page.QuerySelector("#Reason")!.TextContent.ShouldBe("Ole kender borgeren"); // nothing typed is lost
        }
        (await own.QueryAsync(db => db.Courses.Where(c => c.Id == course).Select(c => c.PrimaryWorkerId).SingleAsync())).ShouldBe(sara);

        var version = (await leader.GetPageAsync($"/forloeb/{course}/tovholder")).QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        using (var confirmed = await leader.PostFormAsync($"/forloeb/{course}/tovholder", [new("NewWorkerId", ole), new("Reason", "Ole kender borgeren"),
                   new("AssignAnyway", "true"), new("Version", version)], "/tovholder"))
            confirmed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var moved = await own.QueryAsync(db => db.Courses.Include(c => c.Assignments).SingleAsync(c => c.Id == course));
        moved.PrimaryWorkerId.ShouldBe(ole);
        moved.Assignments.ShouldContain(a => a.FromWorkerId == sara && a.ToWorkerId == ole && a.Reason == "Ole kender borgeren");

        // Within the limit nothing is asked: Sara (2 now) takes one of Ole's back.
        version = (await leader.GetPageAsync($"/forloeb/{course}/tovholder")).QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        using var within = await leader.PostFormAsync($"/forloeb/{course}/tovholder", [new("NewWorkerId", sara), new("Reason", "Tilbage igen"), new("Version", version)], "/tovholder");
        within.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task MovingAllCitizensOverTheLimitIsRefusedUntilConfirmed()
    {
        await using var own = new TApp();
        var team = await TeamIdAsync(own, "ACT-team Solbjerg");
        var sara = await UserIdAsync(own, "medarbejder3.act@caseload.local");
        var mette = await UserIdAsync(own, "medarbejder1.act@caseload.local");
        var saras = await own.QueryAsync(db => db.Courses.CountAsync(c => c.PrimaryWorkerId == sara && c.Status == CourseStatus.Active));
        using var leader = TestClient.For(own);
        await leader.SignInAsync("teamleder.act@caseload.local");

        using (var refused = await leader.PostFormAsync($"/tavle/{team}/flyt-alle?from={sara}", [new("ToWorkerId", mette), new("Reason", "Sara stopper")], "/flyt-alle"))
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await TestClient.ParseAsync(refused)).QuerySelector("#fejl-oversigt")!.TextContent.ShouldContain("Mette Andersen " + Over);
        }
        (await own.QueryAsync(db => db.Courses.CountAsync(c => c.PrimaryWorkerId == sara && c.Status == CourseStatus.Active))).ShouldBe(saras);

        using (var confirmed = await leader.PostFormAsync($"/tavle/{team}/flyt-alle?from={sara}",
                   [new("ToWorkerId", mette), new("Reason", "Sara stopper"), new("AssignAnyway", "true")], "/flyt-alle"))
            confirmed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var courses = await own.QueryAsync(db => db.Courses.Include(c => c.Assignments).Where(c => c.TeamId == team && c.Status == CourseStatus.Active).ToListAsync());
        courses.Count(c => c.Assignments.Any(a => a.FromWorkerId == sara && a.ToWorkerId == mette && a.Reason == "Sara stopper")).ShouldBe(saras);
    }

    [Fact]
    public async Task MovingAllCitizensCanSplitThemBetweenWorkersWithTheLoadAfterPreviewed()
    {
        await using var own = new TApp();
        var team = await TeamIdAsync(own, "ACT-team Solbjerg");
        var sara = await UserIdAsync(own, "medarbejder3.act@caseload.local");
        var mette = await UserIdAsync(own, "medarbejder1.act@caseload.local");
        var ole = await UserIdAsync(own, "medarbejder2.act@caseload.local");
        var saras = await own.QueryAsync(db => db.Courses.Where(c => c.PrimaryWorkerId == sara && c.Status == CourseStatus.Active).Select(c => c.Id).ToListAsync());
        saras.Count.ShouldBeGreaterThan(1);
        int Count(List<Course> all, string worker) => all.Count(c => c.PrimaryWorkerId == worker && c.Status == CourseStatus.Active);
        var before = await own.QueryAsync(db => db.Courses.Where(c => c.TeamId == team).ToListAsync());
        using var leader = TestClient.For(own);
        await leader.SignInAsync("teamleder.act@caseload.local");
        // The first citizen to Ole, the rest to Mette ("Som ovenfor").
        List<KeyValuePair<string, string>> choice = [new("ToWorkerId", mette), new($"Split[{saras[0]}]", ole), new("Reason", "Sara stopper"),
            .. saras.Skip(1).Select(id => new KeyValuePair<string, string>($"Split[{id}]", ""))];

        // "Vis belastning": each worker's load after this split, nothing moved.
        using (var preview = await leader.PostFormAsync($"/tavle/{team}/flyt-alle?from={sara}", [.. choice, new("visBelastning", "true")], "/flyt-alle"))
        {
            var page = await TestClient.ParseAsync(preview);
            string After(string worker) => System.Text.RegularExpressions.Regex.Replace(page.QuerySelector($"#load-after tr[data-worker='{worker}'] td:last-child")!.TextContent, @"\s+", " ");
            After(ole).ShouldStartWith($"{Count(before, ole) + 1} borgere");
            After(mette).ShouldStartWith($"{Count(before, mette) + saras.Count - 1} borgere");
            page.QuerySelector($"#Split_{saras[0]} option[selected]")!.GetAttribute("value").ShouldBe(ole, "the choice is kept");
        }
        (await own.QueryAsync(db => db.Courses.CountAsync(c => c.PrimaryWorkerId == sara && c.Status == CourseStatus.Active))).ShouldBe(saras.Count);

        using (var moved = await leader.PostFormAsync($"/tavle/{team}/flyt-alle?from={sara}", [.. choice, new("AssignAnyway", "true")], "/flyt-alle"))
            moved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await own.QueryAsync(db => db.Courses.Include(c => c.Assignments).Where(c => saras.Contains(c.Id)).ToListAsync());
        after.Single(c => c.Id == saras[0]).PrimaryWorkerId.ShouldBe(ole);
        after.Where(c => c.Id != saras[0]).ShouldAllBe(c => c.PrimaryWorkerId == mette);
        after.ShouldAllBe(c => c.Assignments.Any(a => a.FromWorkerId == sara && a.Reason == "Sara stopper"));
    }

    /// <summary>The CTI engine starts its own courses: the same limit (Nadia Karimi, 5 on 0,5 årsværk, is at it).</summary>
    [Fact]
    public async Task StartingACtiCourseOverTheLimitNeedsTildelAlligevelAndAReason()
    {
        await using var own = new TApp();
        var team = await TeamIdAsync(own, "CTI-team Solbjerg");
        var nadia = await UserIdAsync(own, "medarbejder2.cti@caseload.local");
        using var leader = TestClient.For(own);
        await leader.SignInAsync("teamleder.cti@caseload.local");
        var citizenPage = await leader.PostFormForRedirectAsync("/borgere/ny", [new("Input.TeamId", team.ToString()), new("Input.Name", "Ny Ctisen"),
            new("Input.Cpr", "0202901111"), new("Input.Whereabouts", "Shelter")], "/borgere/ny");
        var citizen = await own.CitizenIdAsync("Ny Ctisen");
        (await leader.GetPageAsync(citizenPage)).QuerySelector("#cti-assign-anyway").ShouldNotBeNull("a worker in the list would come over the limit");
        Task<int> Courses() => own.QueryAsync(db => db.Courses.CountAsync(c => c.CitizenId == citizen));
        KeyValuePair<string, string>[] start = [new("PrimaryWorkerId", nadia), new("ContactPeriodStart", "2026-11-02"), new("PlannedMoveIn", "2026-11-20"), new("Residence", "Shelter")];

        using (var refused = await leader.PostFormAsync(citizenPage, start, "/cti/start")) refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await leader.GetPageAsync(citizenPage)).Body!.TextContent.ShouldContain("Nadia Karimi " + Over);
        (await Courses()).ShouldBe(0);

        using (var started = await leader.PostFormAsync(citizenPage, [.. start, new("AssignAnyway", "true"), new("OverLimitReason", "Nadia kender borgeren fra herberget")], "/cti/start"))
            started.Headers.Location!.OriginalString.ShouldEndWith("/cti");
        (await Courses()).ShouldBe(1);
        (await own.QueryAsync(db => db.Courses.Include(c => c.Assignments).Where(c => c.CitizenId == citizen).SelectMany(c => c.Assignments).Select(a => a.Reason).SingleAsync()))
            .ShouldBe(Course.StartedOverLimit + "Nadia kender borgeren fra herberget");
    }

    /// <summary>The outreach engine starts a course when a referral is accepted: the same limit (the team's limit set to 5,
    /// Peter Lund has 5 on 1,0 årsværk).</summary>
    [Fact]
    public async Task AcceptingAReferralOverTheLimitNeedsTildelAlligevelAndAReason()
    {
        await using var own = new TApp();
        var team = await TeamIdAsync(own, "Fremskudt sagsbehandling Solbjerg");
        using (var admin = await own.SignedInAsync("admin@caseload.local"))
            await admin.SubmitAsync($"/admin/teams/{team}", $"/admin/teams/{team}", ("CaseloadLimitPerFte", "5"));
        using var leader = await own.SignedInAsync("teamleder.fs@caseload.local");
        var referralUrl = await leader.SubmitAsync("/fs/henvendelser/ny", "/fs/henvendelser/ny", ("Input.CitizenName", "Karen Juhl"),
            ("Input.Address", "Bakkevej 9, 8000 Solbjerg"), ("Input.Source", "Neighbour"), ("Input.ReferrerName", "Nabo i opgangen"),
            ("Input.Concern", "Har ikke åbnet døren i tre uger."));
        await leader.SubmitAsync(referralUrl, "/screening", ("Screening.Criteria", "1.1"), ("Screening.Criteria", "c1"), ("Screening.Criteria", "c2"),
            ("Screening.Criteria", "d1"), ("Screening.Age", "45"));
        var peter = (await leader.GetPageAsync(referralUrl)).Form("/afgoerelse").Option("Ruling.WorkerId", "Peter Lund");
        (await leader.GetPageAsync(referralUrl)).QuerySelector($"select[name='Ruling.WorkerId'] option[value='{peter}']")!.TextContent
            .ShouldBe("Peter Lund (5 borgere · 1,0 årsværk · 5,0 pr. årsværk)", "the referral's picker shows the load too");
        var citizen = await own.CitizenIdAsync("Karen Juhl");
        Task<int> Courses() => own.QueryAsync(db => db.Courses.CountAsync(c => c.CitizenId == citizen));

        var form = (await leader.GetPageAsync(referralUrl)).Form("/afgoerelse");
        List<KeyValuePair<string, string>> fields = [new("Ruling.Decision", "Accept"), new("Ruling.WorkerId", peter),
            new("Ruling.DecidedOn", form.ValueOf("Ruling.DecidedOn")!), new("Ruling.Version", form.ValueOf("Ruling.Version")!)];
        using (var refused = await leader.PostFormAsync(referralUrl, fields, "/afgoerelse"))
        {
            var page = await TestClient.ParseAsync(refused);
            page.QuerySelector("#fejl-oversigt")!.TextContent.ShouldContain("Peter Lund kommer over grænsen på 5,0 borgere pr. årsværk");
            page.QuerySelector("#afg-alligevel").ShouldNotBeNull("the refusal offers »Tildel alligevel«");
        }
        (await Courses()).ShouldBe(0);

        using (var accepted = await leader.PostFormAsync(referralUrl, [.. fields, new("Ruling.AssignAnyway", "true"), new("Ruling.OverLimitReason", "Peter kender borgeren")], "/afgoerelse"))
            accepted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await own.QueryAsync(db => db.Courses.Where(c => c.CitizenId == citizen).SelectMany(c => c.Assignments).Select(a => a.Reason).SingleAsync()))
            .ShouldBe(Course.StartedOverLimit + "Peter kender borgeren");
    }

    [Fact]
    public async Task StartingACourseOverTheLimitNeedsTildelAlligevelAndAReasonKeptInTheHistory()
    {
        await using var own = new TApp();
        var team = await TeamIdAsync(own, "ACT-team Solbjerg");
        var ole = await UserIdAsync(own, "medarbejder2.act@caseload.local");
        using var leader = TestClient.For(own);
        await leader.SignInAsync("teamleder.act@caseload.local");
        var citizenPage = await leader.PostFormForRedirectAsync("/borgere/ny", [new("Input.TeamId", team.ToString()), new("Input.Name", "Ny Borgersen"),
            new("Input.Cpr", "0101901111"), new("Input.Whereabouts", "OwnHome")], "/borgere/ny");
        var citizen = await own.CitizenIdAsync("Ny Borgersen");
        (await leader.GetPageAsync(citizenPage)).QuerySelector("#over-limit #StartAssignAnyway").ShouldNotBeNull();
        Task<int> Courses() => own.QueryAsync(db => db.Courses.CountAsync(c => c.CitizenId == citizen));

        (await leader.PostFormForRedirectAsync(citizenPage, [new("PrimaryWorkerId", ole), new("StartDate", "2026-11-02")], "/forloeb")).ShouldBe(citizenPage);
        (await leader.GetPageAsync(citizenPage)).Body!.TextContent.ShouldContain("Ole Nielsen " + Over);
        (await Courses()).ShouldBe(0);

        await leader.PostFormForRedirectAsync(citizenPage, [new("PrimaryWorkerId", ole), new("StartDate", "2026-11-02"), new("AssignAnyway", "true")], "/forloeb");
        (await leader.GetPageAsync(citizenPage)).Body!.TextContent.ShouldContain("Angiv en begrundelse for at tildele alligevel.");
        (await Courses()).ShouldBe(0);

        await leader.PostFormForRedirectAsync(citizenPage, [new("PrimaryWorkerId", ole), new("StartDate", "2026-11-02"), new("AssignAnyway", "true"),
            new("OverLimitReason", "Ole har sygeplejen")], "/forloeb");
        var started = await own.QueryAsync(db => db.Courses.Include(c => c.Assignments).SingleAsync(c => c.CitizenId == citizen));
        started.PrimaryWorkerId.ShouldBe(ole);
        started.Assignments.Single().Reason.ShouldBe(Course.StartedOverLimit + "Ole har sygeplejen");
    }
}

public sealed class CaseloadLimitTestsOnSqlite(SqliteAppFactory app) : CaseloadLimitTests<SqliteAppFactory>(app);
public sealed class CaseloadLimitTestsOnPostgres(PostgresAppFactory app) : CaseloadLimitTests<PostgresAppFactory>(app);
