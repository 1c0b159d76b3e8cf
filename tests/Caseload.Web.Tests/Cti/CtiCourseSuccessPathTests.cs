using System.Net;
using AngleSharp.Html.Dom;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Caseload.Web.Tests.Cti;

/// <summary>
/// Issue #26 item 7: a CTI course's success path through HTTP, as the user sees it — the team leader starts the course,
/// the CTI worker takes it through the checklists (POST → redirect → the new stage), the WHO-5 measurements, the plan kept
/// as it was at the phase 2 transition, and the completed closing. At a fixed clock just after midnight and just before
/// it (Danish time; the UTC date differs at 00:05), across the spring daylight-saving change.
/// </summary>
public abstract class CtiCourseSuccessPathTests<TApp> where TApp : CaseloadAppFactory, new()
{
    private const string Worker = "medarbejder1.cti@caseload.local"; // Jonas Berg

    [Theory]
    [InlineData("00:05")]
    [InlineData("23:59")]
    public async Task ACourseStartsAndGoesThroughThreePhasesToACompletedClosing(string timeOfDay)
    {
        var clock = new FakeTimeProvider();
        clock.MoveTo($"2026-03-02 {timeOfDay}"); // Monday; S = 02-03-2026 is day one of the nine months
        await using var app = new TApp { Clock = clock };

        // The team leader creates the citizen and starts the course; the start form proposes today (Danish date).
        using var leader = await app.SignedInAsync("teamleder.cti@caseload.local");
        var team = await app.QueryAsync(db => db.Teams.Where(t => t.Name == "CTI-team Solbjerg").Select(t => t.Id).SingleAsync());
        var citizenUrl = await leader.SubmitAsync("/borgere/ny", "/borgere/ny",
            ("Input.TeamId", team.ToString()), ("Input.Name", "Sara Holm"), ("Input.Cpr", "0101901111"), ("Input.Whereabouts", "Shelter"));
        var start = (await leader.GetPageAsync(citizenUrl)).Form("/cti/start");
        start.ValueOf("ContactPeriodStart").ShouldBe("2026-03-02");
        var courseUrl = await leader.SubmitAsync(citizenUrl, "/cti/start",
            ("PrimaryWorkerId", start.Option("PrimaryWorkerId", "Jonas Berg")), ("Residence", "Shelter"), ("PlannedMoveIn", "2026-03-20"));
        courseUrl.ShouldBe($"{citizenUrl}/cti");
        var page = await leader.GetPageAsync(courseUrl);
        Stage(page).ShouldBe("Kontaktskabelse");
        page.QuerySelector("#faser")!.ParentElement!.TextContent.ShouldContain("Kontaktskabelse siden 02-03-2026");
        page.Body!.TextContent.ShouldContain("CTI-medarbejder: Jonas Berg");

        // The worker: start measurement, then the contact period's checklist starts the nine months.
        using (var worker = await app.SignedInAsync(Worker))
        {
            await MeasureAsync(worker, courseUrl, "start", [3, 3, 2, 2, 3], "2026-03-02"); // WHO-5 13 × 4 = 52
            page = await AdvanceAsync(worker, courseUrl, "fase-1", "2026-03-02", ["Done", "Done", "Done"]);
            Stage(page).ShouldBe("Fase 1 – planlægning og opstart");
            page.QuerySelector("#planned-last-day")!.TextContent.ShouldBe("01-12-2026"); // S + 9 months − 1 day
            page.QuerySelector("#handover-due")!.TextContent.ShouldBe("02-11-2026");     // S + 8 months
            MeasurementRow(page, "Start").ShouldContain("02-03-2026");
            MeasurementRow(page, "Start").ShouldContain("52");
            MeasurementRow(page, "Start").ShouldContain("Herberg/forsorgshjem");

            foreach (var goal in new[] { "Jeg vil have styr på min husleje.", "Jeg vil spille fodbold igen." })
                (await worker.SubmitAsync($"{courseUrl}/maal", "/cti/maal", ("Goal", goal), ("Status", "NotStarted"))).ShouldBe($"{courseUrl}#plan");
            (await worker.GetPageAsync(courseUrl)).QuerySelectorAll("#goals > li").Length.ShouldBe(2);
        }

        // Three months on (summer time now): phase 2 on its planned date; the plan as it was is kept.
        clock.MoveTo($"2026-06-02 {timeOfDay}");
        using (var worker = await app.SignedInAsync(Worker))
        {
            await MeasureAsync(worker, courseUrl, "3-maaneder", [4, 4, 4, 4, 4], "2026-06-02");
            page = await AdvanceAsync(worker, courseUrl, "fase-2", "2026-06-02", ["Done", "Done", "Done", "Done", "Done", "Done", "Done", "NotRelevant"],
                ("Checklist[7].Reason", "Borgeren er i arbejde."));
            Stage(page).ShouldBe("Fase 2 – afprøvning og justering");
            page.QuerySelector("#timeline")!.TextContent.ShouldContain("Ikke relevant: Borgeren er i arbejde.");

            // A goal reached after the transition: the live plan says so, the kept version still says what it was.
            var edit = page.QuerySelector("#goals > li a[href*='maal?goal=']")!.GetAttribute("href")!;
            await worker.SubmitAsync(edit, "/cti/maal", ("Status", "Achieved"));
            page = await worker.GetPageAsync(courseUrl);
            page.QuerySelector("#goals > li")!.TextContent.ShouldContain("Nået");
            var kept = page.QuerySelectorAll("section[aria-labelledby=plan] details").Single();
            kept.QuerySelector("summary")!.TextContent.ShouldBe("Langsigtet plan ved overgang til fase 2 (02-06-2026)");
            kept.QuerySelectorAll("li").Select(li => li.TextContent).ShouldBe(
                ["Jeg vil have styr på min husleje. – Ikke startet", "Jeg vil spille fodbold igen. – Ikke startet"]);
        }

        // Six months: phase 3, the handover plan with its one responsible person, and a booked handover meeting.
        clock.MoveTo($"2026-09-02 {timeOfDay}");
        using (var worker = await app.SignedInAsync(Worker))
        {
            await MeasureAsync(worker, courseUrl, "6-maaneder", [4, 3, 4, 3, 4], "2026-09-02");
            Stage(await AdvanceAsync(worker, courseUrl, "fase-3", "2026-09-02", ["Done", "Done"])).ShouldBe("Fase 3 – overdragelse");
            await worker.SubmitAsync($"{courseUrl}/overdragelse", "/cti/overdragelse",
                ("ResponsiblePersonName", "Birgit Sørensen"), ("ResponsiblePersonRole", "Sagsbehandler, Solbjerg Kommune"));
            await worker.SubmitAsync($"{courseUrl}/overdragelse", "/cti/overdragelse/moede",
                ("Meeting.Date", "2026-10-15"), ("Meeting.Participants", "Sara, Jonas Berg, Birgit Sørensen"));
            var handover = (await worker.GetPageAsync(courseUrl)).QuerySelector("section[aria-labelledby=overdragelse]")!.TextContent;
            handover.ShouldContain("Birgit Sørensen, Sagsbehandler, Solbjerg Kommune");
            handover.ShouldContain("15-10-2026 (booket)");
        }

        // The planned last day: the meeting was held, the end measurement taken — completed, and the course is closed.
        clock.MoveTo($"2026-12-01 {timeOfDay}");
        using (var worker = await app.SignedInAsync(Worker))
        {
            await worker.SubmitAsync($"{courseUrl}/overdragelse", "/holdt");
            await MeasureAsync(worker, courseUrl, "slut", [5, 4, 4, 4, 5], "2026-12-01");
            page = await AdvanceAsync(worker, courseUrl, "afslut", "2026-12-01", ["Done", "Done", "Done", "Done"]);
            Stage(page).ShouldBe("Gennemført");
            page.QuerySelectorAll("#timeline > li").Length.ShouldBe(5); // contact period + four steps
            page.QuerySelector("#measurements")!.TextContent.ShouldNotContain("Ikke registreret");
            MeasurementRow(page, "Afslutning").ShouldContain("88");
            page.QuerySelector("section[aria-labelledby=overdragelse]")!.TextContent.ShouldContain("15-10-2026 (holdt)");
            page.QuerySelectorAll("a[href*='/cti/overgang/']").ShouldBeEmpty(); // nothing left to register
            using (var closed = await worker.GetAsync($"{courseUrl}/overgang/afslut"))
                closed.StatusCode.ShouldBe(HttpStatusCode.NotFound);

            var course = (await worker.GetPageAsync(citizenUrl)).QuerySelector("article[aria-label='Forløb CTI']")!.TextContent;
            course.ShouldContain("Afsluttet");
            course.ShouldContain("Start: 02-03-2026 · Slut: 01-12-2026");
        }
    }

    private static string Stage(IHtmlDocument page) => page.QuerySelector("#cti-stage")!.TextContent;

    private static string MeasurementRow(IHtmlDocument page, string point)
        => page.QuerySelectorAll("#measurements tbody tr").Single(r => r.QuerySelector("th")!.TextContent.StartsWith(point, StringComparison.Ordinal)).TextContent;

    /// <summary>Records a measurement on its form (which proposes today's Danish date) and expects the course page back.</summary>
    private static async Task MeasureAsync(TestClient worker, string courseUrl, string point, int[] who5, string today)
    {
        var url = $"{courseUrl}/maaling/{point}";
        (await worker.GetPageAsync(url)).Form($"/cti/maaling/{point}").ValueOf("Date").ShouldBe(today);
        string[] items = ["Who5Cheerful", "Who5Calm", "Who5Active", "Who5Rested", "Who5Interested"];
        var fields = items.Select((name, i) => (name, who5[i].ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Concat([("LifeSituation", "6"), ("Readiness", "2"), ("Housing", "Shelter"), ("SubstanceUse", "Weekly")]).ToArray();
        (await worker.SubmitAsync(url, $"/cti/maaling/{point}", fields)).ShouldBe(courseUrl);
    }

    /// <summary>Ticks the step's checklist on its form (whose date the app proposes) and returns the course page the POST redirects to.</summary>
    private static async Task<IHtmlDocument> AdvanceAsync(TestClient worker, string courseUrl, string step, string proposedDate, string[] states,
        params (string, string)[] more)
    {
        var url = $"{courseUrl}/overgang/{step}";
        (await worker.GetPageAsync(url)).Form($"/cti/overgang/{step}").ValueOf("Date").ShouldBe(proposedDate);
        var fields = states.Select((state, i) => ($"Checklist[{i}].State", state)).Concat(more).ToArray();
        var target = await worker.SubmitAsync(url, $"/cti/overgang/{step}", fields);
        target.ShouldBe(courseUrl);
        return await worker.GetPageAsync(target);
    }
}

public sealed class CtiCourseSuccessPathTestsOnSqlite : CtiCourseSuccessPathTests<SqliteAppFactory>;
public sealed class CtiCourseSuccessPathTestsOnPostgres : CtiCourseSuccessPathTests<PostgresAppFactory>;
