using System.Net;
using AngleSharp.Html.Dom;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;

namespace Caseload.Web.Tests.Documents;

/// <summary>Issue #27 item 12: the cooperation agreement carries the template's purpose and its network-map step (seed 002's
/// bilag) on screen and in print; the ACT action plan has "hvornår" and the citizen's own resources per goal (domain.md §7);
/// the network map's new rows are not presumed "i kontakt".</summary>
public abstract class TemplateWordsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseloadAppFactory, new()
{
    private const string Purpose = "Formålet med samarbejdsaftalen er at have en fælles plan mellem dig og den fremskudte sagsbehandler.";

    [Fact]
    public async Task TheAgreementSaysItsPurposeAndAsksForTheNetworkMapOnScreenAndInPrint()
    {
        var bent = await app.CitizenIdAsync("Bent Kristensen");
        using var worker = TestClient.For(app);
        await worker.SignInAsync("medarbejder1.act@caseload.local");
        var page = await worker.GetPageAsync($"/borgere/{bent}/samarbejdsaftaler/ny");
        page.QuerySelector("#aftale-formaal")!.TextContent.ShouldStartWith(Purpose);
        var step = page.QuerySelector("#kortlaeg")!;
        step.TextContent.ShouldBe("Kortlæg netværket");
        step.NextElementSibling!.QuerySelector($"a[href='/borgere/{bent}/netvaerkskort']").ShouldNotBeNull();

        var agreement = await app.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
            db.CooperationAgreements.Where(a => a.CitizenId == bent).Select(a => a.Id)));
        var print = await worker.GetPageAsync($"/borgere/{bent}/udskrift/samarbejdsaftale/{agreement}");
        print.Body!.TextContent.ShouldContain(Purpose);
        print.Body!.TextContent.ShouldContain("Sammen med borgeren udfyldes netværkskortet");
    }

    [Fact]
    public async Task TheActionPlanKeepsWhenAndTheCitizensResourcesAndNewMapRowsAreNotTicked()
    {
        var bent = await app.CitizenIdAsync("Bent Kristensen");
        using var worker = TestClient.For(app);
        await worker.SignInAsync("medarbejder1.act@caseload.local");
        var url = $"/borgere/{bent}/indsatsplan";
        var form = (IHtmlFormElement)(await worker.GetPageAsync(url)).GetElementById("plan-form")!;
        var fields = FormFields.Of(form).Select(f => f.Key switch
        {
            "Input.Goals[0].When" => new KeyValuePair<string, string>(f.Key, "Hver tirsdag formiddag"),
            "Input.Goals[0].Resources" => new KeyValuePair<string, string>(f.Key, "Jeg er god til at lave mad, og det hjælper mig at gå en tur."),
            _ => f,
        }).ToList();
        using (var saved = await worker.PostWithTokenAsync(url, fields))
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await worker.GetPageAsync(url);
        ((IHtmlInputElement)page.GetElementById("Input_Goals_0__When")!).Value.ShouldBe("Hver tirsdag formiddag");
        page.GetElementById("Input_Goals_0__Resources")!.TextContent.ShouldBe("Jeg er god til at lave mad, og det hjælper mig at gå en tur.");
        page.QuerySelector("label[for='Input_Goals_0__Resources']")!.TextContent.ShouldStartWith("Det er jeg god til / det hjælper mig");
        (await worker.GetPageAsync($"/borgere/{bent}/udskrift/indsatsplan")).Body!.TextContent.ShouldContain("Hver tirsdag formiddag");

        var map = await worker.GetPageAsync($"/borgere/{bent}/netvaerkskort/rediger");
        var blank = map.QuerySelectorAll(".nm-row").Where(r => ((IHtmlInputElement)r.QuerySelector("input[name$='.Name']")!).Value.Length == 0).ToList();
        blank.ShouldNotBeEmpty();
        blank.ShouldAllBe(r => !((IHtmlInputElement)r.QuerySelector("input[type=checkbox][name$='.InContact']")!).IsChecked);
    }
}

public sealed class TemplateWordsTestsOnSqlite(SqliteAppFactory app) : TemplateWordsTests<SqliteAppFactory>(app);
