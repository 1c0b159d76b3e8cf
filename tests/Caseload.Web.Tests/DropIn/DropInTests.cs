using System.Net;
using AngleSharp.Html.Dom;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Caseload.Application.Common.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Web.Tests.DropIn;

/// <summary>Drop-in centres: a leader sets up a centre with fixed times and an absence; the wall schedule shows first names,
/// roles and times only, and the absence; workers cannot manage centres.</summary>
public abstract class DropInTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseloadAppFactory, new()
{
    [Fact]
    public async Task ALeaderSetsUpACentreAndTheWallScheduleShowsFirstNamesRolesTimesAndAbsences()
    {
        using var leader = TestClient.For(app);
        await leader.SignInAsync("teamleder.fs@caseload.local");
        var url = await leader.PostFormForRedirectAsync("/vaeresteder", [new("Input.Name", "Værestedet Nord"), new("Input.Address", "Nørregade 1"),
            new("Input.ConfidentialRoom", "true")], "/vaeresteder/ny");
        var page = await leader.GetPageAsync(url);
        var worker = ((IHtmlSelectElement)page.QuerySelector("select[name='Input.Presences[0].WorkerId']")!).Options
            .First(o => o.Text.StartsWith("Peter", StringComparison.Ordinal)); // Peter Lund, an outreach worker
        var fields = FormFields.Of((IHtmlFormElement)page.GetElementById("vaerested-form")!)
            .Where(f => !f.Key.StartsWith("Input.Presences[0]", StringComparison.Ordinal) || f.Key.EndsWith(".Id", StringComparison.Ordinal)).ToList();
        var today = app.Services.GetRequiredService<IDanishClock>().Today;
        // A day in the coming week that is not a public holiday (on those the wall says nobody is here).
        var date = Enumerable.Range(1, 6).Select(today.AddDays).First(d => !global::Caseload.Domain.Common.WorkingDayCalendar.IsPublicHoliday(d));
        var day = date.DayOfWeek;
        fields.AddRange([new("Input.Presences[0].Day", day.ToString()), new("Input.Presences[0].From", "10:00"), new("Input.Presences[0].To", "12:30"),
            new("Input.Presences[0].WorkerId", worker.Value), new("Input.Presences[0].Role", "Fremskudt sagsbehandler")]);
        using (var saved = await leader.PostFormAsync(url, fields, url)) saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var poster = await leader.GetPageAsync(url + "/hvem-er-her");
        var text = poster.QuerySelector("#plakat")!.TextContent;
        text.ShouldContain("kl. 10.00–12.30: Peter, Fremskudt sagsbehandler");
        text.ShouldNotContain("Lund"); // first names only on the wall
        poster.QuerySelector("h1")!.TextContent.ShouldBe("Hvem er her hvornår — Værestedet Nord");

        var from = date.ToString("yyyy-MM-dd");
        using (var absent = await leader.PostFormAsync(url, [new("Absence.WorkerId", worker.Value), new("Absence.From", from), new("Absence.To", from),
                   new("Absence.Reason", "Kursus")], "/fravaer"))
            absent.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        text = (await leader.GetPageAsync(url + "/hvem-er-her")).QuerySelector("#plakat")!.TextContent;
        text.ShouldContain("Peter (Fremskudt sagsbehandler) er ikke her denne dag");
        (await leader.GetPageAsync(url)).QuerySelector("#fravaer-liste")!.TextContent.ShouldContain("Peter Lund");

        using var bad = await leader.PostFormAsync(url, [new("Absence.WorkerId", worker.Value), new("Absence.From", from), new("Absence.To", date.AddDays(-1).ToString("yyyy-MM-dd"))], "/fravaer");
        bad.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TestClient.ParseAsync(bad)).QuerySelector("#fejl-oversigt")!.TextContent.ShouldContain("Fraværet kan ikke slutte, før det begynder.");
    }

    [Fact]
    public async Task AGroupActivityCountsItsSessionsAndAttendanceAndRefusesAFutureSession()
    {
        using var leader = TestClient.For(app);
        await leader.SignInAsync("teamleder.act@caseload.local");
        var url = $"/vaeresteder/{await app.QueryAsync(db => db.DropInCentres.Where(c => c.Name == "Café Solsiden").Select(c => c.Id).SingleAsync())}";
        using (var created = await leader.PostFormAsync(url, [new("Activity.Name", "Madlavning"), new("Activity.When", "torsdage kl. 11–13"),
                   new("Activity.Description", "Vi laver frokost sammen.")], "/aktiviteter"))
            created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using (var duplicate = await leader.PostFormAsync(url, [new("Activity.Name", "madlavning ")], "/aktiviteter"))
            (await TestClient.ParseAsync(duplicate)).QuerySelector("#fejl-oversigt")!.TextContent.ShouldContain("allerede en aktivitet, der hedder");

        var page = await leader.GetPageAsync(url);
        var card = page.QuerySelectorAll(".gruppeaktivitet").Single(a => a.QuerySelector("h3")!.TextContent.StartsWith("Madlavning", StringComparison.Ordinal));
        card.TextContent.ShouldContain("0 gange, 0 fremmødte i alt");
        var sessions = card.QuerySelector("form")!.GetAttribute("action")!;
        var today = app.Services.GetRequiredService<IDanishClock>().Today;
        foreach (var (date, count) in new[] { (today.AddDays(-7), "4"), (today, "7") })
            using (var added = await leader.PostFormAsync(url, [new("Session.Date", date.ToString("yyyy-MM-dd")), new("Session.Attendance", count)], sessions))
                added.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var future = await leader.PostFormAsync(url, [new("Session.Date", today.AddDays(1).ToString("yyyy-MM-dd")), new("Session.Attendance", "5"),
            new("Session.Note", "Planlagt")], sessions);
        future.StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await TestClient.ParseAsync(future);
        refused.QuerySelector("#fejl-oversigt")!.TextContent.ShouldContain("Fremmødet kan først registreres, når gangen er holdt.");
        refused.QuerySelectorAll("input[name='Session.Note']").Cast<IHtmlInputElement>().Select(i => i.Value).ShouldContain("Planlagt");

        card = (await leader.GetPageAsync(url)).QuerySelectorAll(".gruppeaktivitet").Single(a => a.QuerySelector("h3")!.TextContent.StartsWith("Madlavning", StringComparison.Ordinal));
        card.TextContent.ShouldContain("2 gange, 11 fremmødte i alt, gennemsnitligt 5,5 pr. gang");
        using (var removed = await leader.PostFormAsync(url, [], card.QuerySelector("form[action$='/slet']")!.GetAttribute("action")!))
            removed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await leader.GetPageAsync(url)).QuerySelectorAll(".gruppeaktivitet").Single(a => a.TextContent.Contains("Madlavning", StringComparison.Ordinal))
            .TextContent.ShouldContain("1 gang, ");
    }

    [Fact]
    public async Task TheDemoCentresHaveSchedulesAndWorkersCannotManageCentres()
    {
        using var manager = TestClient.For(app);
        await manager.SignInAsync("leder@caseload.local");
        var list = await manager.GetPageAsync("/vaeresteder");
        list.QuerySelectorAll("#vaeresteder tbody tr").Select(r => r.QuerySelector("a")!.TextContent).ShouldBe(["Café Solsiden", "Værestedet Lyset"]);
        var lyset = await app.QueryAsync(db => db.DropInCentres.Where(c => c.Name == "Værestedet Lyset").Select(c => c.Id).SingleAsync());
        (await manager.GetPageAsync($"/vaeresteder/{lyset}/hvem-er-her")).QuerySelector("#plakat")!.TextContent.ShouldContain("Støtte- og kontaktperson (SKP)");

        using var worker = TestClient.For(app);
        await worker.SignInAsync("medarbejder1.fs@caseload.local");
        using var denied = await worker.GetAsync("/vaeresteder");
        denied.StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }
}

public sealed class DropInTestsOnSqlite(SqliteAppFactory app) : DropInTests<SqliteAppFactory>(app);
public sealed class DropInTestsOnPostgres(PostgresAppFactory app) : DropInTests<PostgresAppFactory>(app);
