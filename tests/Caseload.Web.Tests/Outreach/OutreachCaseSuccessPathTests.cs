using AngleSharp.Html.Dom;
using Caseload.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Caseload.Web.Tests.Outreach;

/// <summary>
/// Issue #26 item 7: an outreach case's success path through HTTP, as the user sees it — a neighbour's referral, the
/// screening form and its recommendation, acceptance (the course starts and the worker is named), first contact, first
/// meeting, advice and needs assessment each met against its deadline in working days (across a weekend), and the
/// closing with its follow-up window. At a fixed clock just after midnight and just before it (Danish time), the closing
/// after the autumn daylight-saving change.
/// </summary>
public abstract class OutreachCaseSuccessPathTests<TApp> where TApp : CaseloadAppFactory, new()
{
    private const string Worker = "medarbejder1.fs@caseload.local"; // Peter Lund

    [Theory]
    [InlineData("00:05")]
    [InlineData("23:59")]
    public async Task AReferralIsScreenedAcceptedWorkedThroughItsDeadlinesAndClosed(string timeOfDay)
    {
        var clock = new FakeTimeProvider();
        clock.MoveTo($"2026-10-08 {timeOfDay}"); // Thursday
        await using var app = new TApp { Clock = clock };

        // 1. The team leader records the referral; the form proposes today and the leader as receiver.
        using var leader = await app.SignedInAsync("teamleder.fs@caseload.local");
        var form = (await leader.GetPageAsync("/fs/henvendelser/ny")).Form("/fs/henvendelser/ny");
        form.ValueOf("Input.ReceivedOn").ShouldBe("2026-10-08");
        var referralUrl = await leader.SubmitAsync("/fs/henvendelser/ny", "/fs/henvendelser/ny", ("Input.CitizenName", "Karen Juhl"),
            ("Input.Address", "Bakkevej 9, 8000 Solbjerg"), ("Input.Source", "Neighbour"), ("Input.ReferrerName", "Nabo i opgangen"),
            ("Input.Concern", "Har ikke åbnet døren i tre uger; posten hober sig op."));
        var citizenUrl = referralUrl[..referralUrl.IndexOf("/fs/", StringComparison.Ordinal)];
        var caseUrl = $"{citizenUrl}/fs";
        var page = await leader.GetPageAsync(referralUrl);
        Status(page).ShouldBe("Modtaget — mangler screening");
        page.QuerySelector("section[aria-labelledby=trin1]")!.TextContent.ShouldContain("08-10-2026 af Frida Sørensen");

        // 2. Screening (no CPR number, so the age is typed): the recommendation is stored and shown.
        var screened = await leader.SubmitAsync(referralUrl, "/screening", ("Screening.Criteria", "1.1"), ("Screening.Criteria", "c1"),
            ("Screening.Criteria", "c2"), ("Screening.Criteria", "d1"), ("Screening.Age", "45"));
        screened.ShouldBe($"{referralUrl}#afgoerelse");
        page = await leader.GetPageAsync(referralUrl);
        Status(page).ShouldBe("Screenet — afventer afgørelse");
        page.QuerySelector("#anbefaling")!.TextContent.ShouldStartWith("Anbefales: borgeren (45 år, målgruppe B)");
        page.Form("/screening").ValueOf("Screening.ScreenedOn").ShouldBe("2026-10-08");
        page.QuerySelectorAll("input[name='Screening.Criteria']:checked").Select(c => c.GetAttribute("value")).ShouldBe(["1.1", "c1", "c2", "d1"]);

        // 3. Accepted with Peter Lund: the course starts, and the contact deadline is 2 working days on (over the weekend).
        var decision = page.Form("/afgoerelse");
        decision.ValueOf("Ruling.DecidedOn").ShouldBe("2026-10-08");
        (await leader.SubmitAsync(referralUrl, "/afgoerelse", ("Ruling.Decision", "Accept"),
            ("Ruling.WorkerId", decision.Option("Ruling.WorkerId", "Peter Lund")))).ShouldBe(caseUrl);
        page = await leader.GetPageAsync(caseUrl);
        page.QuerySelector("#fs-medarbejder")!.TextContent.ShouldBe("Fremskudt sagsbehandler: Peter Lund");
        page.Body!.TextContent.ShouldContain("Visiteret 08-10-2026");
        Deadline(page, "Kontakt til borgeren").ShouldBe(["08-10-2026", "12-10-2026", "2 arbejdsdage tilbage"]);
        Status(await leader.GetPageAsync(referralUrl)).ShouldBe("Visiteret til fremskudt sagsbehandling");
        Course(await leader.GetPageAsync(citizenUrl)).ShouldContain("Aktivt");
        DeadlineListRows(await leader.GetPageAsync("/fs/frister")).ShouldContain(r => r.Contains("Kontakt", StringComparison.Ordinal)
            && r.Contains("12-10-2026", StringComparison.Ordinal));

        // 4. Friday: a call without answer, then a visit that reaches her — the first contact, in time.
        clock.MoveTo($"2026-10-09 {timeOfDay}");
        using (var worker = await app.SignedInAsync(Worker))
        {
            (await worker.GetPageAsync(caseUrl)).Form("/fs/kontaktforsoeg").ValueOf("Attempt.Date").ShouldBe("2026-10-09");
            await worker.SubmitAsync(caseUrl, "/fs/kontaktforsoeg", ("Attempt.Channel", "Phone"), ("Attempt.Outcome", "NoAnswer"));
            (await worker.SubmitAsync(caseUrl, "/fs/kontaktforsoeg", ("Attempt.Channel", "Visit"), ("Attempt.Outcome", "Reached"),
                ("Attempt.Note", "Vil gerne mødes på værestedet."))).ShouldBe($"{caseUrl}#kontaktforsoeg");
            page = await worker.GetPageAsync(caseUrl);
            page.QuerySelectorAll("#fs-forsoeg > li").Length.ShouldBe(2);
            Step(page, 4).ShouldBe(["09-10-2026 · Peter Lund · Første kontakt til borgeren: Besøg."]);
            Deadline(page, "Kontakt til borgeren")[2].ShouldBe("✓ Overholdt (09-10-2026)");
            Deadline(page, "Første møde").ShouldBe(["09-10-2026", "16-10-2026", "5 arbejdsdage tilbage"]);
        }

        // 5. Monday: the first meeting; Wednesday: advice on its last day; two weeks on: the needs assessment.
        clock.MoveTo($"2026-10-12 {timeOfDay}");
        using (var worker = await app.SignedInAsync(Worker))
        {
            (await RecordStepAsync(worker, caseUrl, "FirstMeeting", "2026-10-12")).ShouldBe($"{caseUrl}#trin");
            page = await worker.GetPageAsync(caseUrl);
            Step(page, 6).ShouldHaveSingleItem().ShouldStartWith("12-10-2026 · Peter Lund · ");
            Deadline(page, "Første møde")[2].ShouldBe("✓ Overholdt (12-10-2026)");
            Deadline(page, "Råd og vejledning").ShouldBe(["12-10-2026", "14-10-2026", "2 arbejdsdage tilbage"]);
            Deadline(page, "Behovsvurdering")[1].ShouldBe("12-11-2026"); // one month
        }
        clock.MoveTo($"2026-10-14 {timeOfDay}");
        using (var worker = await app.SignedInAsync(Worker))
        {
            Deadline(await worker.GetPageAsync(caseUrl), "Råd og vejledning")[2].ShouldBe("Frist i dag");
            await RecordStepAsync(worker, caseUrl, "AdviceGiven", "2026-10-14");
            Deadline(await worker.GetPageAsync(caseUrl), "Råd og vejledning")[2].ShouldBe("✓ Overholdt (14-10-2026)");
        }

        // 6. Monday 26 October (winter time again): needs assessment done, and the case is closed.
        clock.MoveTo($"2026-10-26 {timeOfDay}");
        using (var worker = await app.SignedInAsync(Worker))
        {
            await RecordStepAsync(worker, caseUrl, "NeedsAssessmentDone", "2026-10-26");
            Deadline(await worker.GetPageAsync(caseUrl), "Behovsvurdering")[2].ShouldBe("✓ Overholdt (26-10-2026)");
            (await worker.GetPageAsync(caseUrl)).Form("/fs/afslut").ValueOf("Close.Date").ShouldBe("2026-10-26");
            (await worker.SubmitAsync(caseUrl, "/fs/afslut", ("Close.Reason", "FutureCourseArranged"))).ShouldBe(caseUrl);
            page = await worker.GetPageAsync(caseUrl);
            page.QuerySelector("#fs-status")!.TextContent.ShouldBe("Afsluttet 26-10-2026: Fremtidigt forløb er tilrettelagt og koordineret");
            page.QuerySelector("#fs-opfoelgning")!.TextContent.ShouldBe("Opfølgningsmøde: 26-01-2027–26-04-2027 · Åbner 26-01-2027");
            page.Forms.Where(f => (f.GetAttribute("action") ?? "").EndsWith("/fs/trin", StringComparison.Ordinal)).ShouldBeEmpty();
            Deadline(page, "Kontakt til borgeren")[2].ShouldBe("✓ Overholdt (09-10-2026)"); // met deadlines keep their state
            var course = Course(await worker.GetPageAsync(citizenUrl));
            course.ShouldContain("Afsluttet");
            course.ShouldContain("Start: 08-10-2026 · Slut: 26-10-2026");
        }
        using (var later = await app.SignedInAsync("teamleder.fs@caseload.local")) // the first day's session has expired
            DeadlineListRows(await later.GetPageAsync("/fs/frister")).ShouldNotContain(r => r.Contains("Karen Juhl", StringComparison.Ordinal));

        // 7. Three months after the closing the follow-up meeting's window opens: it is on the team's deadline list.
        clock.MoveTo($"2027-01-26 {timeOfDay}");
        using var leaderInJanuary = await app.SignedInAsync("teamleder.fs@caseload.local");
        DeadlineListRows(await leaderInJanuary.GetPageAsync("/fs/frister")).Where(r => r.Contains("Karen Juhl", StringComparison.Ordinal))
            .ShouldHaveSingleItem().ShouldContain("26-04-2027");
    }

    private static string Status(IHtmlDocument page) => page.QuerySelector("#henvendelse-status")!.TextContent;

    private static string Course(IHtmlDocument citizenPage)
        => citizenPage.QuerySelector("article[aria-label='Forløb Fremskudt sagsbehandling']")!.TextContent;

    /// <summary>The entries shown under a step of the 14: "date · by · text".</summary>
    private static string[] Step(IHtmlDocument page, int number)
        => page.QuerySelectorAll("#fs-trin > li")[number - 1].QuerySelectorAll("li").Select(li => li.TextContent.Trim()).ToArray();

    /// <summary>A row of the case page's deadline table: counted from, due, state.</summary>
    private static string[] Deadline(IHtmlDocument page, string kind)
        => page.QuerySelectorAll("#fs-frister tbody tr").Single(r => r.Children[0].TextContent.StartsWith(kind, StringComparison.Ordinal))
            .Children.Skip(1).Select(td => td.TextContent.Trim()).ToArray();

    private static List<string> DeadlineListRows(IHtmlDocument page)
        => page.QuerySelectorAll(".deadline-table tbody tr").Select(r => r.TextContent).ToList();

    /// <summary>Records a step on the form, which proposes today's Danish date.</summary>
    private static async Task<string> RecordStepAsync(TestClient worker, string caseUrl, string step, string today)
    {
        (await worker.GetPageAsync(caseUrl)).Form("/fs/trin").ValueOf("Step.Date").ShouldBe(today);
        return await worker.SubmitAsync(caseUrl, "/fs/trin", ("Step.Event", step));
    }
}

public sealed class OutreachCaseSuccessPathTestsOnSqlite : OutreachCaseSuccessPathTests<SqliteAppFactory>;
public sealed class OutreachCaseSuccessPathTestsOnPostgres : OutreachCaseSuccessPathTests<PostgresAppFactory>;
