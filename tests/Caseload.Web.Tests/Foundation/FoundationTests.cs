using System.Net;
using Caseload.Application.Security;
using Caseload.Infrastructure.Persistence;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Web.Tests.Foundation;

public abstract class FoundationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseloadAppFactory, new()
{
    [Fact]
    public async Task HealthEndpointsAnswerWithoutLogin()
    {
        using var client = TestClient.For(app);
        using var live = await client.GetAsync("/health/live");
        using var ready = await client.GetAsync("/health/ready");
        live.StatusCode.ShouldBe(HttpStatusCode.OK);
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task ReadinessAnswers503WhenTheDatabaseIsUnreachable()
    {
        await using var own = new TApp();
        using var client = TestClient.For(own);
        using (var before = await client.GetAsync("/health/ready")) before.StatusCode.ShouldBe(HttpStatusCode.OK);

        await own.MakeDatabaseUnreachableAsync();

        using var after = await client.GetAsync("/health/ready");
        after.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        using var live = await client.GetAsync("/health/live");
        live.StatusCode.ShouldBe(HttpStatusCode.OK); // the process is still up
    }

    [Fact]
    public async Task MigrationsAreAppliedAndDemoDataSeeded()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseloadDbContext>();
        db.Database.ProviderName!.ShouldContain(app.Provider == DatabaseProvider.Postgres ? "Npgsql" : "Sqlite");
        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        (await db.Database.GetAppliedMigrationsAsync()).ShouldNotBeEmpty();
        (await db.Teams.Select(t => t.Method).ToListAsync()).Order()
            .ShouldBe([Domain.Teams.Method.Act, Domain.Teams.Method.Cti, Domain.Teams.Method.Outreach]);
        (await db.Roles.Select(r => r.Name).ToListAsync()).Order().ShouldBe(Roles.All.Order());
    }

    [Fact]
    public async Task DemoDataIsNeverSeededInProduction()
    {
        await using var production = new TApp { Environment = "Production" };
        production.Settings["Database:SeedDemoData"] = "true";
        using var client = TestClient.For(production); // starts the app
        await using var scope = production.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseloadDbContext>();
        (await db.Teams.CountAsync()).ShouldBe(0);
        (await db.Users.CountAsync()).ShouldBe(0);
        (await db.Roles.CountAsync()).ShouldBe(Roles.All.Count); // the fixed roles are always there
    }

    [Fact]
    public async Task FirstAdministratorIsCreatedFromConfigurationInAnEmptyProductionDatabase()
    {
        await using var production = new TApp { Environment = "Production" };
        production.Settings["Bootstrap:AdminEmail"] = "it@kommune.dk";
        production.Settings["Bootstrap:AdminPassword"] = "Meget-hemmelig-2026";
        using var client = TestClient.For(production);
        await client.SignInAsync("it@kommune.dk", "Meget-hemmelig-2026");
        var home = await client.GetPageAsync("/");
        home.QuerySelector("#kort-admin").ShouldNotBeNull(); // the administrator's part of the start page
    }

    [Fact]
    public async Task DataProtectionKeysAreSharedThroughTheDatabase()
    {
        using var client = TestClient.For(app);
        await client.GetPageAsync("/konto/log-ind"); // issues an antiforgery cookie, which needs a key
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseloadDbContext>();
        (await db.DataProtectionKeys.CountAsync()).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task CorrelationIdIsEchoedOrCreated()
    {
        using var client = TestClient.For(app);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Add("X-Correlation-ID", "abc-123");
        using var echoed = await client.Http.SendAsync(request);
        echoed.Headers.GetValues("X-Correlation-ID").Single().ShouldBe("abc-123");

        using var created = await client.GetAsync("/health/live");
        created.Headers.GetValues("X-Correlation-ID").Single().Length.ShouldBe(32);
    }

    [Fact]
    public async Task ErrorPageIsDanishWithoutStackTraceOutsideDevelopment()
    {
        using var client = TestClient.For(app);
        using var response = await client.GetAsync("/test-only/kast");
        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Der opstod en fejl");
        html.ShouldNotContain("Secret stack detail");
        html.ShouldNotContain("InvalidOperationException");
        html.ShouldContain(response.Headers.GetValues("X-Correlation-ID").Single()); // the code to quote to support
    }

    [Fact]
    public async Task UnknownPageGivesDanish404()
    {
        using var client = TestClient.For(app);
        await client.SignInAsync("medarbejder1.act@caseload.local");
        using var response = await client.GetAsync("/findes/slet/ikke");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Siden findes ikke");
    }

    [Fact]
    public async Task LayoutIsDanishWithSkipLinkAndLandmarks()
    {
        using var client = TestClient.For(app);
        var page = await client.GetPageAsync("/konto/log-ind");
        page.DocumentElement.GetAttribute("lang").ShouldBe("da");
        page.QuerySelector("a.skip-link")!.GetAttribute("href").ShouldBe("#indhold");
        page.QuerySelector("main#indhold").ShouldNotBeNull();
        page.QuerySelector("header nav").ShouldNotBeNull();
        page.QuerySelector("label[for=Email]")!.TextContent.ShouldBe("E-mail");
        page.QuerySelector("meta[name=viewport]").ShouldNotBeNull();
        page.Title.ShouldBe("Log ind – Caseload");
    }

    [Fact]
    public async Task EachRequestIsLoggedOnceWithoutQueryStringOrFormContents()
    {
        using var client = TestClient.For(app);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/health/live?cpr=0101801234", UriKind.Relative));
        request.Headers.Add("X-Correlation-ID", "log-test-42");
        using (await client.Http.SendAsync(request)) { }
        await client.SignInAsync("medarbejder1.act@caseload.local");
        var bent = await app.CitizenIdAsync("Bent Kristensen");
        using (await client.PostWithTokenAsync($"/borgere/{bent}/kontakter", [new("Contact.Note", "Hemmelig note 0101801234")])) { }

        var log = await LogWithAsync($"HTTP POST /borgere/{bent}/kontakter responded");
        var health = log.Split('\n').Where(l => l.Contains("HTTP GET /health/live responded 200 in", StringComparison.Ordinal)
                                               && l.Contains("log-test-42", StringComparison.Ordinal)).ToList();
        health.Count.ShouldBe(1, string.Join("\n", Directory.GetFiles(app.LogDirectory)) + "\n" + string.Join("\n", log.Split((char)10).Where(l => l.Contains("HTTP", StringComparison.Ordinal)))); // once, with the correlation id
        health[0].ShouldContain("(user -)");
        log.ShouldContain($"HTTP POST /borgere/{bent}/kontakter responded 200 in");
        log.Split('\n').Single(l => l.Contains($"HTTP POST /borgere/{bent}/kontakter", StringComparison.Ordinal)).ShouldNotContain("(user -)");
        log.ShouldNotContain("0101801234");
        log.ShouldNotContain("Hemmelig note");
    }

    [Fact]
    public async Task TheCitizenPageLeavesNoEntityFrameworkWarningsInTheLog()
    {
        // Its courses (assignments × members) and its documents (agreements × meetings) load several collections in one
        // query; an unconfigured choice put a warning in the production log every time the app started.
        using var client = TestClient.For(app);
        await client.SignInAsync("medarbejder1.act@caseload.local");
        var bent = await app.CitizenIdAsync("Bent Kristensen");
        (await client.GetPageAsync($"/borgere/{bent}")).QuerySelector("h1")!.TextContent.ShouldContain("Bent Kristensen");

        var log = await LogWithAsync($"HTTP GET /borgere/{bent} responded 200");
        log.ShouldContain($"HTTP GET /borgere/{bent} responded 200");
        log.Split('\n').Where(l => l.Contains("[WRN]", StringComparison.Ordinal) && l.Contains("EntityFrameworkCore", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    /// <summary>The sinks are asynchronous and the file is flushed every second: the log once it holds
    /// <paramref name="text"/>, waiting at most 20 s (the caller asserts what it needs).</summary>
    private async Task<string> LogWithAsync(string text)
    {
        var log = ReadLogs();
        for (var i = 0; i < 200 && !log.Contains(text, StringComparison.Ordinal); i++)
        {
            await Task.Delay(100);
            log = ReadLogs();
        }
        return log;
    }

    private string ReadLogs()
    {
        var sb = new System.Text.StringBuilder();
        foreach (var file in Directory.GetFiles(app.LogDirectory))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            sb.Append(reader.ReadToEnd());
        }
        return sb.ToString();
    }
}

public sealed class FoundationTestsOnSqlite(SqliteAppFactory app) : FoundationTests<SqliteAppFactory>(app);
public sealed class FoundationTestsOnPostgres(PostgresAppFactory app) : FoundationTests<PostgresAppFactory>(app);
