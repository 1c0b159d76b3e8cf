using System.Net;
using Caseload.Domain.Auditing;
using Caseload.TestSupport;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Web.Tests.Security;

/// <summary>Route ids are the only ids (issue #8, item 8), reads of a record's forms are audited (item 11), and a
/// CPR number registered in another team is reported as such with the look-up audited (item 9).</summary>
public sealed class RouteIdTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public void EveryIdInARouteIsBoundFromTheRouteOnly()
    {
        var actions = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Route: e.RoutePattern, Action: e.Metadata.GetMetadata<ControllerActionDescriptor>()))
            .Where(x => x.Action is not null).ToList();
        var checkedIds = 0;
        foreach (var (route, action) in actions)
        {
            foreach (var routeParameter in route.Parameters)
            {
                // A scope handle (ScopedCitizen citizen) is bound under the route's name ({id}), not its own.
                var parameter = action!.Parameters.FirstOrDefault(p => string.Equals(p.BindingInfo?.BinderModelName ?? p.Name, routeParameter.Name,
                    StringComparison.OrdinalIgnoreCase));
                if (parameter is null) continue;
                (parameter.BindingInfo?.BindingSource == BindingSource.Path).ShouldBeTrue(
                    $"{action.ControllerName}.{action.ActionName}: '{parameter.Name}' must be [FromRoute], or a form field could name another record");
                checkedIds++;
            }
        }
        checkedIds.ShouldBeGreaterThan(15);
    }

    [Fact]
    public async Task AConflictingIdInTheFormChangesOnlyTheRecordInTheAddress()
    {
        var a = await app.CitizenIdAsync("Susanne Bak");
        var b = await app.CitizenIdAsync("Bent Kristensen");
        var versionOfB = await app.QueryAsync(db => db.Citizens.Where(c => c.Id == b).Select(c => c.Version).SingleAsync());
        using var client = TestClient.For(app);
        await client.SignInAsync("teamleder.act@caseload.local");
        var form = await client.GetPageAsync($"/borgere/{a}/rediger");
        using var saved = await client.PostFormAsync($"/borgere/{a}/rediger", [new("id", b.ToString()), new("Id", b.ToString()),
            new("Input.TeamId", form.QuerySelector("#Input_TeamId option[selected]")!.GetAttribute("value")!), new("Input.Name", "Susanne Bak"),
            new("Input.Phone", "12 12 12 12"), new("Input.Whereabouts", "OwnHome"),
            new("Input.Version", form.QuerySelector("#Input_Version")!.GetAttribute("value")!)], $"/borgere/{a}/rediger");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        saved.Headers.Location!.OriginalString.ShouldBe($"/borgere/{a}");
        (await app.QueryAsync(db => db.Citizens.Where(c => c.Id == a).Select(c => c.Phone).SingleAsync())).ShouldBe("12 12 12 12");
        (await app.QueryAsync(db => db.Citizens.Where(c => c.Id == b).Select(c => c.Version).SingleAsync())).ShouldBe(versionOfB);
    }

    [Fact]
    public async Task OpeningTheEditAndCprFormsOfARecordIsAudited()
    {
        var id = await app.CitizenIdAsync("Lise Mortensen");
        using var client = TestClient.For(app);
        await client.SignInAsync("medarbejder1.act@caseload.local");
        Task<int> ViewsAsync() => app.QueryAsync(db => db.AuditEntries.CountAsync(x => x.CitizenId == id && x.Action == AuditAction.Viewed
            && x.UserName == "medarbejder1.act@caseload.local"));
        var before = await ViewsAsync();
        await client.GetPageAsync($"/borgere/{id}/rediger");
        await client.GetPageAsync($"/borgere/{id}/cpr");
        (await ViewsAsync()).ShouldBe(before + 2);
    }

    [Fact]
    public async Task ACprNumberFromAnotherTeamIsReportedAsRegisteredAndTheLookUpAudited()
    {
        using var client = TestClient.For(app);
        await client.SignInAsync("medarbejder1.cti@caseload.local");
        var team = await app.QueryAsync(db => db.Teams.Where(t => t.Name == "CTI-team Solbjerg").Select(t => t.Id).SingleAsync());
        Task<int> SearchesAsync() => app.QueryAsync(db => db.AuditEntries.CountAsync(x => x.Action == AuditAction.Searched && x.UserName == "medarbejder1.cti@caseload.local"));
        var before = await SearchesAsync();
        using var response = await client.PostFormAsync("/borgere/ny", [new("Input.TeamId", team.ToString()), new("Input.Name", "Bent K."),
            new("Input.Cpr", "120367-1235"), new("Input.Whereabouts", "OwnHome")], "/borgere/ny"); // Bent Kristensen, ACT team
        (await TestClient.ParseAsync(response)).QuerySelector("[data-valmsg-for='Input.Cpr']")!.TextContent.ShouldContain("allerede en borger med dette CPR-nummer i kommunen");
        (await SearchesAsync()).ShouldBe(before + 1);
    }
}
