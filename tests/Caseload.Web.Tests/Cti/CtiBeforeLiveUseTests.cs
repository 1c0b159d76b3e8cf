using System.Net;
using AngleSharp.Html.Dom;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Caseload.Web.Tests.Cti;

/// <summary>
/// Issue #27 items 5–8, through HTTP on the demo's CTI courses: a ticked checklist item that the record contradicts is
/// refused; the WHO-5 score, its Danish reading and a change of 10 points or more are on the page; an overdue handover
/// meeting is flagged on the course, the phase board and the deadline list; a move to another municipality sets the
/// citizen's acting municipality and the closed course shows no future dates and no nagging.
/// </summary>
public abstract class CtiBeforeLiveUseTests<TApp> where TApp : CaseloadAppFactory, new()
{
    [Fact]
    public async Task ContradictedChecklistIsRefusedWho5IsReadAndAMoveSetsTheActingMunicipality()
    {
        var clock = new FakeTimeProvider();
        clock.MoveTo("2026-04-15 10:00");
        await using var app = new TApp { Clock = clock };
        var maria = await app.CitizenIdAsync("Maria Jensen"); // demo: phase 1, two goals, start WHO-5 = 28
        var url = $"/borgere/{maria}/cti";
        using var worker = await app.SignedInAsync(await WorkerOfAsync(app, maria));
        var page = await worker.GetPageAsync(url);
        page.QuerySelector("#cti-stage")!.TextContent.ShouldStartWith("Fase 1");

        // WHO-5: the score and its reading are text on the page, not a tooltip; the change since start is flagged.
        Row(page, "Start").ShouldContain("Stor risiko for depression eller stress");
        await worker.SubmitAsync($"{url}/maaling/3-maaneder", "/cti/maaling/3-maaneder",
            ("Who5Cheerful", "4"), ("Who5Calm", "4"), ("Who5Active", "4"), ("Who5Rested", "4"), ("Who5Interested", "4"),
            ("LifeSituation", "6"), ("Readiness", "2"), ("Housing", "Prison"), ("SubstanceUse", "Weekly"));
        page = await worker.GetPageAsync(url);
        page.QuerySelectorAll(".alert-success").Select(a => a.TextContent).ShouldBe(["Målingen ved 3 måneder er gemt."]); // once, not twice
        Row(page, "3 måneder").ShouldContain("80 – Ingen umiddelbar risiko");
        Row(page, "3 måneder").ShouldContain("+52 point siden start – en betydelig ændring");
        Row(page, "3 måneder").ShouldContain("Fængsel/arresthus");
        page.QuerySelectorAll(".who5-change").Length.ShouldBe(1);

        // Both goals dropped: "a long-term plan is made" cannot be ticked as done.
        foreach (var edit in page.QuerySelectorAll("#goals a[href*='maal?goal=']").Select(a => a.GetAttribute("href")!).ToList())
            await worker.SubmitAsync(edit, "/cti/maal", ("Status", "Dropped"));
        var answers = Enumerable.Range(0, 8).Select(i => ($"Checklist[{i}].State", "Done")).Append(("Comment", "Tidligt, borgeren er klar.")).ToArray();
        var refused = await PostAsync(worker, $"{url}/overgang/fase-2", "/cti/overgang/fase-2", answers);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var form = await TestClient.ParseAsync(refused);
        form.QuerySelector("#fejl-oversigt")!.TextContent.ShouldContain("Punkt 3 siger, at der er udarbejdet en langsigtet plan, men planen har ingen aktive mål");
        (await worker.GetPageAsync(url)).QuerySelector("#cti-stage")!.TextContent.ShouldStartWith("Fase 1");

        // Moved away: the receiving municipality becomes the acting one; the closed course neither nags nor shows future dates.
        await worker.SubmitAsync($"{url}/maaling/slut", "/cti/maaling/slut",
            ("Who5Cheerful", "3"), ("Who5Calm", "3"), ("Who5Active", "3"), ("Who5Rested", "3"), ("Who5Interested", "3"),
            ("LifeSituation", "6"), ("Readiness", "2"), ("Housing", "WithFamilyOrFriends"), ("SubstanceUse", "Weekly"));
        await worker.SubmitAsync($"{url}/afbryd", "/cti/afbryd", ("Reason", "MovedToOtherMunicipality"),
            ("ReceivingMunicipality", "Aarhus Kommune"), ("ReceivingContactPerson", "Lene Holm"));
        (await app.QueryAsync(db => db.Citizens.Where(c => c.Id == maria).Select(c => c.ActingMunicipality).SingleAsync())).ShouldBe("Aarhus Kommune");
        page = await worker.GetPageAsync(url);
        page.QuerySelector("#cti-stage")!.TextContent.ShouldBe("Afbrudt");
        page.Body!.TextContent.ShouldNotContain("aktive mål");
        page.QuerySelector("#planned-last-day").ShouldBeNull();
        page.QuerySelector("#handover-due").ShouldBeNull();
        page.QuerySelector("#ended-on")!.TextContent.ShouldContain("15-04-2026");
        var phases = page.QuerySelector("#faser")!.ParentElement!.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        phases[1].ShouldContain("Ikke nået");
        phases[2].ShouldContain("Ikke nået");
        (await worker.GetPageAsync($"/borgere/{maria}")).QuerySelector("section[aria-labelledby=cti]")!.TextContent.ShouldContain("Sluttede 15-04-2026");
    }

    [Fact]
    public async Task AnOverdueHandoverMeetingIsFlaggedOnTheCourseTheBoardAndTheDeadlines()
    {
        var clock = new FakeTimeProvider();
        clock.MoveTo("2026-04-15 10:00");
        await using var app = new TApp { Clock = clock };
        var camilla = await app.CitizenIdAsync("Camilla Lund"); // demo: phase 2, S = six months and three days ago, no meeting
        var email = await WorkerOfAsync(app, camilla);

        clock.MoveTo("2026-06-20 10:00"); // past S + 8 months (12-06-2026), still no handover meeting
        using var worker = await app.SignedInAsync(email);
        var page = await worker.GetPageAsync($"/borgere/{camilla}/cti");
        page.QuerySelector("#cti-stage")!.TextContent.ShouldStartWith("Fase 2");
        page.Body!.TextContent.ShouldContain("⚠ Overdragelsesmøde overskredet");

        var deadlines = await worker.GetPageAsync("/frister");
        var row = deadlines.QuerySelectorAll("#frister tbody tr").Single(r => r.TextContent.Contains("CTI: overdragelsesmøde") && r.TextContent.Contains("Camilla Lund"));
        row.TextContent.ShouldContain("Overskredet");

        using var leader = await app.SignedInAsync("teamleder.cti@caseload.local");
        var board = await leader.GetPageAsync("/cti/tavle?visning=liste");
        board.QuerySelectorAll("#phase-list tbody tr").Single(r => r.TextContent.Contains("Camilla Lund")).TextContent.ShouldContain("Overdragelsesmøde overskredet");
        board.QuerySelector("#due-soon")!.TextContent.ShouldContain("Camilla Lund");
    }

    private static string Row(IHtmlDocument page, string point)
        => page.QuerySelectorAll("#measurements tbody tr").Single(r => r.QuerySelector("th")!.TextContent.StartsWith(point, StringComparison.Ordinal)).TextContent;

    private static Task<string> WorkerOfAsync(CaseloadAppFactory app, Guid citizen)
        => app.QueryAsync(db => db.Courses.Where(c => c.CitizenId == citizen)
            .Join(db.Users, c => c.PrimaryWorkerId, u => u.Id, (c, u) => u.Email!).FirstAsync());

    /// <summary>Posts the form as shown with some fields set, and returns the answer (a refusal is the form again).</summary>
    private static async Task<HttpResponseMessage> PostAsync(TestClient client, string pageUrl, string formAction, params (string Name, string Value)[] set)
    {
        var form = (await client.GetPageAsync(pageUrl)).Form(formAction);
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var fields = set.Select(s => KeyValuePair.Create(s.Name, s.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", token))
            .Append(KeyValuePair.Create("Version", form.QuerySelector("input[name=Version]")!.GetAttribute("value")!))
            .Append(KeyValuePair.Create("Date", form.QuerySelector("input[name=Date]")!.GetAttribute("value")!));
        using var content = new FormUrlEncodedContent(fields);
        return await client.Http.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), content);
    }
}

public sealed class CtiBeforeLiveUseTestsOnSqlite : CtiBeforeLiveUseTests<SqliteAppFactory>;
public sealed class CtiBeforeLiveUseTestsOnPostgres : CtiBeforeLiveUseTests<PostgresAppFactory>;
