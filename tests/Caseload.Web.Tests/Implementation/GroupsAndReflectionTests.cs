using System.Net;
using AngleSharp.Html.Dom;
using Caseload.Application.Common.Time;
using Caseload.Domain.Implementation;
using Caseload.Domain.Teams;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;
using Caseload.Web.Hosting;

namespace Caseload.Web.Tests.Implementation;

/// <summary>The steering group and implementation team with their meetings, reflection days with the system's figures and
/// actions added to the plan, and role descriptions found from the board (issue #15 items 1, 5, 6).</summary>
public abstract class GroupsAndReflectionTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseloadAppFactory, new()
{
    private DateOnly Today => app.Services.GetRequiredService<IDanishClock>().Today;

    private async Task<string> NewProjectAsync(TestClient manager, string method, string unit, string phase)
    {
        return await manager.PostFormForRedirectAsync("/implementering", [new("Input.Method", method), new("Input.Unit", unit), new("Input.Phase", phase)],
            "/implementering/ny");
    }

    [Fact]
    public async Task MembersAndMeetingMinutesAreSavedAndTheNextTeamMeetingFollowsTheLastOne()
    {
        using var manager = TestClient.For(app);
        await manager.SignInAsync("leder@caseload.local");
        var url = await NewProjectAsync(manager, "Outreach", "Jobcenter og socialcenter", "Plan") + "/grupper";
        var page = await manager.GetPageAsync(url);
        // No team meeting yet: two months after the plan phase began (today).
        page.QuerySelector("#naeste-teammoede")!.TextContent.ShouldContain(DanishFormat.Date(Today.AddMonths(2)));

        var version = ((IHtmlInputElement)page.QuerySelector("input[name='Input.Version']")!).Value;
        using (var saved = await manager.PostFormAsync(url, [new("Input.Version", version),
                   new("Input.Members[0].Group", "SteeringGroup"), new("Input.Members[0].Name", "Birgitte Holm"), new("Input.Members[0].Role", "Socialchef"),
                   new("Input.Members[1].Group", "ImplementationTeam"), new("Input.Members[1].Name", "Ali Demir"), new("Input.Members[1].Organisation", "Jobcentret")], "/grupper"))
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var members = (await manager.GetPageAsync(url)).QuerySelector("#medlemmer")!.ParentElement!.TextContent;
        members.ShouldContain("Birgitte Holm (Socialchef)");
        members.ShouldContain("Ali Demir (Jobcentret)");

        // A meeting without agenda or minutes is refused, and what was typed is kept.
        using var empty = await manager.PostFormAsync(url, [new("Meeting.Group", "ImplementationTeam"), new("Meeting.HeldOn", Today.ToString("yyyy-MM-dd")),
            new("Meeting.Participants", "Ali Demir og Birgitte Holm")], "/moeder");
        empty.StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await TestClient.ParseAsync(empty);
        refused.QuerySelector("#fejl-oversigt")!.TextContent.ShouldContain("Skriv dagsordenen eller referatet.");
        ((IHtmlInputElement)refused.QuerySelector("#moede-deltagere")!).Value.ShouldBe("Ali Demir og Birgitte Holm");
        (await app.QueryAsync(db => db.ImplementationMeetings.CountAsync(m => m.Participants == "Ali Demir og Birgitte Holm"))).ShouldBe(0);

        var held = Today.AddDays(-3);
        using (var added = await manager.PostFormAsync(url, [new("Meeting.Group", "ImplementationTeam"), new("Meeting.HeldOn", held.ToString("yyyy-MM-dd")),
                   new("Meeting.Participants", "Ali Demir og Birgitte Holm"), new("Meeting.Minutes", "Vi aftalte fælles screeningsmøde hver uge.")], "/moeder"))
            added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page = await manager.GetPageAsync(url);
        page.QuerySelector("#moeder-sektion")!.TextContent.ShouldContain("Vi aftalte fælles screeningsmøde hver uge.");
        // The plan phase began today, after the meeting, so the deadline still counts from the phase start.
        page.QuerySelector("#naeste-teammoede")!.TextContent.ShouldContain(DanishFormat.Date(Today.AddMonths(2)));
    }

    [Fact]
    public async Task TheDemoTeamMeetingSetsTheNextDueDate()
    {
        using var leader = TestClient.For(app);
        await leader.SignInAsync("teamleder.act@caseload.local");
        var project = await app.QueryAsync(db => db.ImplementationProjects.Where(p => p.Method == Method.Act).Select(p => p.Id).SingleAsync());
        var last = await app.QueryAsync(db => db.ImplementationMeetings
            .Where(m => m.ProjectId == project && m.Group == ImplementationGroup.ImplementationTeam).MaxAsync(m => m.HeldOn));
        var page = await leader.GetPageAsync($"/implementering/{project}/grupper");
        page.QuerySelector("#naeste-teammoede")!.TextContent.ShouldContain(DanishFormat.Date(last.AddMonths(2)));
        page.QuerySelector("#moeder-sektion")!.TextContent.ShouldContain("Styregruppe, ");
    }

    [Fact]
    public async Task AReflectionDayBringsTheSystemsFiguresAndAddsAnActionToThePlanOnce()
    {
        using var manager = TestClient.For(app);
        await manager.SignInAsync("leder@caseload.local");
        var project = await NewProjectAsync(manager, "Cti", "CTI Solbjerg, refleksion", "CarryOut");
        var url = await manager.PostFormForRedirectAsync(project + "/refleksion", [new("heldOn", Today.ToString("yyyy-MM-dd"))], "/ny");

        // The figures, counted independently here from the database.
        var since = Today.AddMonths(-12);
        var (onTime, total, citizens) = await app.QueryAsync(async db =>
        {
            var ctiTeams = await db.Teams.Where(t => t.Method == Method.Cti).Select(t => t.Id).ToListAsync();
            var transitions = await db.CtiTransitions.Where(t => t.Date >= since && db.CtiCourses.Any(c => c.Id == t.CtiCourseId && ctiTeams.Contains(c.TeamId)))
                .Select(t => t.OffPlan).ToListAsync();
            return (transitions.Count(o => !o), transitions.Count, await db.Citizens.CountAsync(c => ctiTeams.Contains(c.TeamId)));
        });
        total.ShouldBeGreaterThan(0, "the demo CTI courses have transitions in the last year");
        var page = await manager.GetPageAsync(url);
        var figures = page.QuerySelectorAll("#refleksion-tal tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.TextContent);
        figures["CTI-overgange til tiden"].ShouldContain($"{onTime} af {total}");
        figures["Borgere pr. årsværk"].ShouldContain($"{citizens} borgere");
        figures.ShouldContainKey("Borgere pr. fase");
        // The CTI fidelity items with data come from the results page: the same values as its "I alt" column (issue #29 item 8).
        var cti = (await manager.GetPageAsync("/resultater/cti")).QuerySelectorAll("#cti-fidelitet tbody tr")
            .Select(r => (Name: r.QuerySelector("th")!.FirstChild!.TextContent.Trim(), Total: r.QuerySelectorAll("td")[1].TextContent.Trim()))
            .Where(r => r.Total != "Ingen data").ToList();
        cti.ShouldNotBeEmpty();
        foreach (var (name, value) in cti) figures[name].ShouldContain(value, customMessage: name);
        // The spread beside the average (issue #27 item 18): the most loaded worker and how many are over the limit.
        var (most, over, workers) = await app.QueryAsync(async db =>
        {
            var ctiTeams = await db.Teams.Where(t => t.Method == Method.Cti).Select(t => new { t.Id, t.CaseloadLimitPerFte }).ToListAsync();
            var ids = ctiTeams.Select(t => t.Id).ToList();
            var members = await db.TeamMembers.Where(m => ids.Contains(m.TeamId) && m.Role == TeamRole.Member).ToListAsync();
            var courses = await db.Courses.Where(c => ids.Contains(c.TeamId) && c.Status == global::Caseload.Domain.Courses.CourseStatus.Active).Select(c => new { c.TeamId, c.PrimaryWorkerId }).ToListAsync();
            var perFte = members.Select(m => (Load: courses.Count(c => c.TeamId == m.TeamId && c.PrimaryWorkerId == m.UserId) / m.Fte,
                Limit: ctiTeams.Single(t => t.Id == m.TeamId).CaseloadLimitPerFte)).ToList();
            return (perFte.Max(p => p.Load), perFte.Count(p => p.Load > p.Limit), perFte.Count);
        });
        var mostText = global::Caseload.Application.Engines.FigureText.Number(most);
        figures[global::Caseload.Application.Implementation.ReflectionFigures.SpreadLabel].ShouldContain($"højst {mostText} pr. årsværk");
        figures[global::Caseload.Application.Implementation.ReflectionFigures.SpreadLabel].ShouldContain($"{over} af {workers} medarbejdere er over grænsen");
        ((IHtmlTextAreaElement)page.QuerySelector("#dagsorden")!).Value.ShouldBe(ReflectionDay.DefaultAgenda);

        var version = ((IHtmlInputElement)page.QuerySelector("input[name='Input.Version']")!).Value;
        var fields = FormFields.Of((IHtmlFormElement)page.GetElementById("refleksion-form")!).Where(f => !f.Key.StartsWith("Input.Actions", StringComparison.Ordinal)).ToList();
        fields.AddRange([new("Input.LearningPoints", "Overgangene til fase 2 kommer for sent."), new("Input.Actions[0].Action", "Planlæg fase 2 ved fase 1's start"),
            new("Input.Actions[0].Responsible", "Teamlederen"), new("Input.Actions[0].Deadline", Today.AddMonths(1).ToString("yyyy-MM-dd"))]);
        fields.RemoveAll(f => f.Key == "Input.LearningPoints" && f.Value.Length == 0);
        using (var saved = await manager.PostFormAsync(url, fields, "/" + url.Split('/').Last())) saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        version.ShouldNotBeNullOrEmpty();

        page = await manager.GetPageAsync(url);
        var actionId = ((IHtmlInputElement)page.QuerySelector(".refleksion-handling input[name='actionId']")!).Value;
        using (var toPlan = await manager.PostFormAsync(url, [new("actionId", actionId)], "/til-plan")) toPlan.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using (var again = await manager.PostWithTokenAsync(url + "/til-plan", [new("actionId", actionId)])) again.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var projectId = Guid.Parse(project.Split('/').Last());
        var activities = (await app.QueryAsync(db => db.ImplementationProjects.SingleAsync(p => p.Id == projectId))).Activities;
        var added = activities.Where(a => a.Activity == "Planlæg fase 2 ved fase 1's start").ShouldHaveSingleItem("added once, not twice");
        added.FocusArea.ShouldBe($"Refleksionsdag {Today:dd.MM.yyyy}");
        added.Responsible.ShouldBe("Teamlederen");
        (await manager.GetPageAsync(url)).QuerySelector(".refleksion-handling")!.TextContent.ShouldContain("I implementeringsplanen siden");

        using var pdf = await manager.GetAsync(url + "/udskrift?pdf=true");
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        using var doc = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        // The PDF's font joins "fl" into one glyph (ligature); NFKC splits it again.
        var text = string.Join(" ", doc.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)).Normalize(System.Text.NormalizationForm.FormKC);
        text.ShouldContain("Refleksionsdag");
        text.ShouldContain("Overgangene til fase 2 kommer for sent.");
        text.ShouldContain($"{onTime} af {total}");
        var day = Guid.Parse(url.Split('/').Last()).ToString();
        (await app.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == Domain.Auditing.AuditAction.Printed && a.EntityKey == day))).ShouldBe(1);
    }

    [Fact]
    public async Task AnActReflectionDayBringsTheDactsItemsOfTheResultsPage()
    {
        using var manager = TestClient.For(app);
        await manager.SignInAsync("leder@caseload.local");
        var project = await NewProjectAsync(manager, "Act", "ACT Solbjerg, refleksion", "CarryOut");
        var url = await manager.PostFormForRedirectAsync(project + "/refleksion", [new("heldOn", Today.ToString("yyyy-MM-dd"))], "/ny");
        var figures = (await manager.GetPageAsync(url)).QuerySelectorAll("#refleksion-tal tbody tr")
            .ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.QuerySelector("td")!.TextContent.Trim());

        // The manager's results page over all ACT teams, default period: the same items with the same values and scores.
        var results = await manager.GetPageAsync("/resultater/act");
        var items = results.QuerySelectorAll("table").First(t => t.QuerySelector("caption")?.TextContent.Contains("DACTS-punkter") == true)
            .QuerySelectorAll("tbody tr").Select(r => (Code: r.QuerySelector("th .badge")!.TextContent.Trim(),
                Value: r.QuerySelector("td.fw-semibold")!.TextContent.Trim(), Score: r.QuerySelectorAll("td")[2].TextContent.Trim()))
            .ToList();
        items.Count.ShouldBeGreaterThan(5);
        items.ShouldContain(i => i.Score != "–", "some item has a score on the demo data");
        foreach (var (code, value, score) in items)
        {
            var shown = figures.Single(f => f.Key.StartsWith(code + " ", StringComparison.Ordinal)).Value;
            shown.ShouldStartWith(value, customMessage: code);
            if (score != "–") shown.ShouldContain($"({score})", customMessage: code);
        }
    }

    [Fact]
    public async Task AnOutreachReflectionDayBringsTheDeadlinesMetInTheLastYear()
    {
        using var manager = TestClient.For(app);
        await manager.SignInAsync("leder@caseload.local");
        var project = await NewProjectAsync(manager, "Outreach", "Fremskudt sagsbehandling, refleksion", "CarryOut");
        var url = await manager.PostFormForRedirectAsync(project + "/refleksion", [new("heldOn", Today.ToString("yyyy-MM-dd"))], "/ny");

        // Counted here from the cases and the deadline rules: deadlines due in the last twelve months, and those met in time.
        var calendar = app.Services.GetRequiredService<Domain.Common.WorkingDayCalendar>();
        var cases = await app.QueryAsync(db => db.OutreachCases.Include(c => c.Events)
            .Where(c => db.Teams.Any(t => t.Id == c.TeamId && t.Method == Method.Outreach)).ToListAsync());
        var due = cases.SelectMany(c => Domain.Outreach.OutreachDeadlines.Compute(c, calendar)).Where(d => d.Due >= Today.AddMonths(-12) && d.Due < Today).ToList();
        due.ShouldNotBeEmpty("the demo outreach cases have deadlines behind them");
        var figures = (await manager.GetPageAsync(url)).QuerySelectorAll("#refleksion-tal tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.TextContent);
        figures["Frister i fremskudt sagsbehandling overholdt"].ShouldContain($"{due.Count(d => d.MetInTime)} af {due.Count}");
        figures["Borgere pr. fase"].ShouldContain($"Åbne forløb: {cases.Count(c => c.ClosedOn == null)}");
    }

    [Fact]
    public async Task ARoleDescriptionIsWrittenPrintedAndFoundFromTheBoard()
    {
        using var leader = TestClient.For(app);
        await leader.SignInAsync("teamleder.act@caseload.local");
        // The board links a worker's discipline to the role description: the demo nurse has one.
        var board = await leader.GetPageAsync("/tavle");
        var link = board.QuerySelectorAll("a[href^='/rollebeskrivelser/find']").First(a => a.TextContent == "Sygeplejerske");
        using (var found = await leader.GetAsync(link.GetAttribute("href")!))
        {
            found.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            (await leader.GetPageAsync(found.Headers.Location!.OriginalString)).QuerySelector("h1")!.TextContent.ShouldContain("Sygeplejerske");
        }

        // No description for the role yet: the list opens with the new one started.
        using (var missing = await leader.GetAsync("/rollebeskrivelser/find?metode=Act&rolle=Ergoterapeut"))
        {
            var list = await leader.GetPageAsync(missing.Headers.Location!.OriginalString);
            ((IHtmlInputElement)list.QuerySelector("#Input_Role")!).Value.ShouldBe("Ergoterapeut");
        }
        var url = await leader.PostFormForRedirectAsync("/rollebeskrivelser", [new("Input.Method", "Act"), new("Input.Role", "Ergoterapeut")], "/rollebeskrivelser/ny");
        using (var duplicate = await leader.PostFormAsync("/rollebeskrivelser", [new("Input.Method", "Act"), new("Input.Role", " ergoterapeut ")], "/rollebeskrivelser/ny"))
        {
            duplicate.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await TestClient.ParseAsync(duplicate)).QuerySelector("#fejl-oversigt")!.TextContent.ShouldContain("findes allerede");
        }

        var page = await leader.GetPageAsync(url);
        var fields = FormFields.Of((IHtmlFormElement)page.GetElementById("rollebeskrivelse-form")!)
            .Where(f => f.Key is not ("Input.Purpose" or "Input.Tasks[1]")).ToList();
        fields.AddRange([new("Input.Purpose", "At styrke borgerens hverdagsmestring"), new("Input.Tasks[1]", "Vurdering af funktionsevne (ADL)")]);
        using (var saved = await leader.PostFormAsync(url, fields, "/" + url.Split('/').Last())) saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page = await leader.GetPageAsync(url);
        ((IHtmlTextAreaElement)page.QuerySelector("#opgaver-1")!).Value.ShouldBe("Vurdering af funktionsevne (ADL)");
        page.QuerySelector("label[for='opgaver-1']")!.TextContent.ShouldContain("Udredning og indsatsplan");

        using var pdf = await leader.GetAsync(url + "/udskrift?pdf=true");
        using var doc = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var text = string.Join(" ", doc.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        text.ShouldContain("Ergoterapeut");
        text.ShouldContain("hverdagsmestring");
        text.ShouldContain("funktionsevne");

        using var worker = TestClient.For(app);
        await worker.SignInAsync("medarbejder1.act@caseload.local");
        using var denied = await worker.GetAsync(url);
        denied.StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }
}

public sealed class GroupsAndReflectionTestsOnSqlite(SqliteAppFactory app) : GroupsAndReflectionTests<SqliteAppFactory>(app);
public sealed class GroupsAndReflectionTestsOnPostgres(PostgresAppFactory app) : GroupsAndReflectionTests<PostgresAppFactory>(app);
