using System.Net;
using AngleSharp.Html.Dom;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Web.Tests.Implementation;

/// <summary>The readiness assessment: the demo's latest beside the one before; a new one starts from the latest's text,
/// needs a score for every driver, and becomes the latest.</summary>
public sealed class ReadinessTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task ANewAssessmentIsComparedWithThePreviousAndAMissingScoreIsRefusedInDanish()
    {
        using var manager = TestClient.For(app);
        await manager.SignInAsync("leder@caseload.local");
        var project = await app.QueryAsync(db => db.ImplementationProjects.Select(p => p.Id).SingleAsync());
        var url = $"/implementering/{project}/parathed";
        var page = await manager.GetPageAsync(url);
        var leadership = page.QuerySelectorAll("#sammenligning tbody tr").Single(r => r.TextContent.Contains("Ledelsen", StringComparison.Ordinal));
        leadership.TextContent.ShouldContain("+2 (bedre)"); // 2 → 4 in the demo

        var form = (IHtmlFormElement)page.GetElementById("parathed-form")!;
        var fields = FormFields.Of(form);
        ((IHtmlTextAreaElement)form.QuerySelector("textarea[name='Input.Drivers[1].Strengths']")!).Value.ShouldContain("distriktspsykiatrien"); // pre-filled from the latest
        var missing = fields.Where(f => f.Key != "Input.Drivers[2].Score").ToList();
        using var refused = await manager.PostFormAsync(url, missing, "/parathed");
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TestClient.ParseAsync(refused)).QuerySelector("#fejl-oversigt")!.TextContent.ShouldContain("Giv ledelsen en parathed fra 1 til 5.");

        var lower = fields.Select(f => f.Key == "Input.Drivers[2].Score" ? new KeyValuePair<string, string>(f.Key, "3") : f).ToList();
        using var saved = await manager.PostFormAsync(url, lower, "/parathed");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await manager.GetPageAsync(url);
        after.QuerySelectorAll("#sammenligning tbody tr").Single(r => r.TextContent.Contains("Ledelsen", StringComparison.Ordinal)).TextContent.ShouldContain("-1 (dårligere)");
        (await app.QueryAsync(db => db.ReadinessAssessments.CountAsync(a => a.ProjectId == project))).ShouldBe(3);
    }
}
