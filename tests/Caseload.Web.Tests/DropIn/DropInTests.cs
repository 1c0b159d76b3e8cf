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
        using var created = await leader.PostFormAsync("/vaeresteder", [new("Input.Name", "Værestedet Nord"), new("Input.Address", "Nørregade 1"),
            new("Input.ConfidentialRoom", "true")], "/vaeresteder/ny");
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var url = created.Headers.Location!.OriginalString;
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
