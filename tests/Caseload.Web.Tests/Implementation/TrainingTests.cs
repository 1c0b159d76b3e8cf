using System.Net;
using AngleSharp.Html.Dom;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Web.Tests.Implementation;

/// <summary>The training plan: the demo's modules and hours per member; a new module with attendance adds its hours.</summary>
public sealed class TrainingTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task AModuleWithAttendanceAddsItsHoursToThoseWhoAttended()
    {
        using var leader = TestClient.For(app);
        await leader.SignInAsync("teamleder.act@caseload.local");
        var project = await app.QueryAsync(db => db.ImplementationProjects.Select(p => p.Id).SingleAsync());
        var url = $"/implementering/{project}/uddannelse";
        var page = await leader.GetPageAsync(url);
        string Hours(IHtmlDocument d, string name) => d.QuerySelectorAll("#timer-pr-medarbejder tbody tr").Single(r => r.TextContent.Contains(name, StringComparison.Ordinal))
            .QuerySelectorAll("td")[1].TextContent;
        Hours(page, "Mette Andersen").ShouldBe("28,5"); // 21 + 7,5 in the demo

        var form = (IHtmlFormElement)page.GetElementById("uddannelse-form")!;
        var mette = form.QuerySelectorAll("input[name='Input.Modules[2].Attended']").Cast<IHtmlInputElement>()
            .Single(i => form.QuerySelector($"label[for='{i.Id}']")!.TextContent == "Mette Andersen").Value;
        var fields = FormFields.Of(form).Where(f => f.Key is not ("Input.Modules[2].Topic" or "Input.Modules[2].Hours")).ToList();
        fields.AddRange([new("Input.Modules[2].Topic", "Supervision i dobbeltdiagnoser"), new("Input.Modules[2].Hours", "3,5"), new("Input.Modules[2].Attended", mette)]);
        using (var saved = await leader.PostFormAsync(url, fields, "/uddannelse")) saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Hours(await leader.GetPageAsync(url), "Mette Andersen").ShouldBe("32");

        var bad = fields.Select(f => f.Key == "Input.Modules[2].Hours" ? new KeyValuePair<string, string>(f.Key, "600") : f).ToList();
        using var refused = await leader.PostFormAsync(url, bad, "/uddannelse");
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TestClient.ParseAsync(refused)).QuerySelector("#fejl-oversigt")!.TextContent.ShouldContain("Timerne skal være mellem 0 og 500.");
    }
}
