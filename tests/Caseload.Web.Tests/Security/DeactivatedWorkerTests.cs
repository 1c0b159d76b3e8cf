using System.Net;
using Caseload.Domain.Courses;
using Caseload.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Web.Tests.Security;

/// <summary>No course goes to a deactivated worker (issue #28 item 6): deactivating a worker who is still primary worker
/// for citizens is refused until they are moved; once deactivated, no picker offers him and the commands refuse him.</summary>
public sealed class DeactivatedWorkerTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private Task<string> UserIdAsync(string email) => app.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private async Task<bool> IsActiveAsync(string id) => await app.QueryAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.IsActive).SingleAsync());

    [Fact]
    public async Task AWorkerWithCitizensIsDeactivatedOnlyAfterTheyAreMovedAndIsThenNeverOffered()
    {
        var team = await app.QueryAsync(db => db.Teams.Where(t => t.Name == "Fremskudt sagsbehandling Solbjerg").Select(t => t.Id).SingleAsync());
        var hanne = await UserIdAsync("medarbejder2.fs@caseload.local");
        var peter = await UserIdAsync("medarbejder1.fs@caseload.local");
        using var admin = TestClient.For(app);
        await admin.SignInAsync("admin@caseload.local");

        using (var refused = await admin.PostWithTokenAsync($"/admin/brugere/{hanne}/deaktiver", []))
            refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var refusedPage = (await admin.GetPageAsync($"/admin/brugere/{hanne}")).QuerySelector("main")!.TextContent;
        var hers = await app.QueryAsync(db => db.Courses.CountAsync(c => c.PrimaryWorkerId == hanne && c.Status == CourseStatus.Active));
        hers.ShouldBeGreaterThan(0);
        refusedPage.ShouldContain($"Hanne Vestergaard er tovholder for {hers} borger");
        (await IsActiveAsync(hanne)).ShouldBeTrue();

        using var leader = TestClient.For(app);
        await leader.SignInAsync("teamleder.fs@caseload.local");
        using (var moved = await leader.PostFormAsync($"/tavle/{team}/flyt-alle?from={hanne}", [new("toWorkerId", peter), new("reason", "Hanne stopper")], "/flyt-alle"))
            moved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using (var deactivated = await admin.PostWithTokenAsync($"/admin/brugere/{hanne}/deaktiver", []))
            deactivated.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await IsActiveAsync(hanne)).ShouldBeFalse();

        // No picker offers her, and a forged post naming her is refused with the picker's message.
        var course = await app.QueryAsync(db => db.Courses.Where(c => c.TeamId == team && c.Status == CourseStatus.Active).Select(c => c.Id).FirstAsync());
        var form = await leader.GetPageAsync($"/forloeb/{course}/tovholder");
        form.QuerySelectorAll("#NewWorkerId option").Select(o => o.GetAttribute("value")).ShouldNotContain(hanne);
        var bulk = await leader.GetPageAsync($"/tavle/{team}/flyt-alle?from={peter}");
        bulk.QuerySelectorAll("option").Select(o => o.GetAttribute("value")).ShouldNotContain(hanne);

        var version = form.QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        using var forged = await leader.PostFormAsync($"/forloeb/{course}/tovholder", [new("NewWorkerId", hanne), new("Reason", "Forsøg"), new("Version", version)], "/tovholder");
        forged.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TestClient.ParseAsync(forged)).QuerySelector("#fejl-oversigt")!.TextContent.ShouldContain("Vælg en ny tovholder fra teamet.");
        (await app.QueryAsync(db => db.Courses.CountAsync(c => c.PrimaryWorkerId == hanne && c.Status == CourseStatus.Active))).ShouldBe(0);
    }
}
