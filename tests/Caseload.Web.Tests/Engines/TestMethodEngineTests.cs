using Caseload.Application.Engines;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Web.Tests.Engines;

/// <summary>The seam holds (ADR 0023): an engine added in the test project alone shows on the citizen page, the deadline
/// list, Mine borgere, the print menu and the start page.</summary>
public sealed class TestMethodEngineTests : IAsyncLifetime
{
    private readonly SqliteAppFactory _app = new() { ConfigureTestServices = s => s.AddEngineModule(new TestMethodModule()) };

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task ATestOnlyEngineAppearsWhereverEnginesContribute()
    {
        var citizen = await _app.CitizenIdAsync("Bent Kristensen");
        var email = await _app.QueryAsync(db => db.Users.Where(u => db.Courses.Any(c => c.CitizenId == citizen && c.PrimaryWorkerId == u.Id))
            .Select(u => u.Email!).SingleAsync());
        using var worker = TestClient.For(_app);
        await worker.SignInAsync(email); // Bent's primary worker: Mine borgere and Frister list him

        var page = await worker.GetPageAsync($"/borgere/{citizen}");
        page.QuerySelector("#testmetode")!.TextContent.ShouldContain(TestMethodModule.SectionText);

        var deadlines = await worker.GetPageAsync("/frister");
        deadlines.QuerySelector("#frister")!.TextContent.ShouldContain(TestMethodModule.DeadlineLabel);
        var mine = await worker.GetPageAsync("/mine-borgere");
        mine.QuerySelector("#mine-borgere")!.TextContent.ShouldContain(TestMethodModule.DeadlineLabel);

        var print = await worker.GetPageAsync($"/borgere/{citizen}/udskrift");
        print.QuerySelector("#udskriftsliste")!.TextContent.ShouldContain(TestMethodModule.PrintLabel);
        (await worker.GetPageAsync($"/borgere/{citizen}/indsigt")).QuerySelector("main")!.TextContent.ShouldContain(TestMethodModule.DataSection);

        var start = await worker.GetPageAsync("/");
        start.QuerySelector("#mine-opgaver-sektion")!.TextContent.ShouldContain(TestMethodModule.TaskText);
    }

    [Fact]
    public async Task WithoutTheModuleNothingOfItShows()
    {
        await using var plain = new SqliteAppFactory();
        await plain.InitializeAsync();
        var citizen = await plain.CitizenIdAsync("Bent Kristensen");
        using var worker = TestClient.For(plain);
        await worker.SignInAsync("medarbejder1.act@caseload.local");
        (await worker.GetPageAsync($"/borgere/{citizen}")).QuerySelector("#testmetode").ShouldBeNull();
        (await worker.GetPageAsync("/frister")).Body!.TextContent.ShouldNotContain(TestMethodModule.DeadlineLabel);
        (await worker.GetPageAsync("/")).Body!.TextContent.ShouldNotContain(TestMethodModule.TaskText);
    }
}
