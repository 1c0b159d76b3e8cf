using Caseload.Application;
using Caseload.Application.Common;
using Caseload.Infrastructure;
using Caseload.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Caseload.Web.Tests.House;

/// <summary>
/// Three migration sets, one model. No SQL Server runs on our build machines, so SQL Server is verified as far
/// as can be without one: its idempotent migration script is generated and parsed as T-SQL (0 errors), and no
/// provider has model changes without a migration. (A live SQL Server is not tested; README says so.)
/// The contexts come from the app's own registrations (<c>AddInfrastructure</c>), so a provider whose migrations
/// project is not configured or not referenced by the web app fails here too (ADR 0027).
/// </summary>
public sealed class MigrationScriptTests
{
    private static readonly Dictionary<DatabaseProvider, string> Placeholders = new()
    {
        [DatabaseProvider.Sqlite] = "Data Source=:memory:",
        [DatabaseProvider.Postgres] = "Host=localhost;Database=unused",
        [DatabaseProvider.SqlServer] = "Server=localhost;Database=unused;TrustServerCertificate=True",
    };

    private static ServiceProvider Services(DatabaseProvider provider)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(), ["Database:ConnectionString"] = Placeholders[provider],
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddApplication().AddInfrastructure(configuration);
        services.AddSingleton<ICurrentUser, NoUser>(); // the audit interceptor's; nothing is saved here
        return services.BuildServiceProvider();
    }

    /// <summary>Runs <paramref name="test"/> on the provider's context as the app registers it (none connects).</summary>
    private static void With(DatabaseProvider provider, Action<CaseloadDbContext> test)
    {
        using var services = Services(provider);
        using var scope = services.CreateScope();
        test(scope.ServiceProvider.GetRequiredService<CaseloadDbContext>());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void TheModelHasNoChangesWithoutAMigration(DatabaseProvider provider)
    {
        With(provider, db =>
        {
            db.Database.GetMigrations().ShouldNotBeEmpty();
            db.Database.HasPendingModelChanges().ShouldBeFalse($"run `dotnet ef migrations add` for {provider} (README: Adding a migration)");
        });
    }

    /// <summary>Existing databases recorded these ids in __EFMigrationsHistory: moving or regenerating the migrations
    /// must keep them, or those databases would be migrated from scratch.</summary>
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "20261123210836_Initial")]
    [InlineData(DatabaseProvider.Postgres, "20261123210852_Initial")]
    [InlineData(DatabaseProvider.SqlServer, "20261125140656_Initial")]
    public void TheFirstMigrationKeepsItsId(DatabaseProvider provider, string id)
        => With(provider, db => db.Database.GetMigrations().First().ShouldBe(id));

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "CREATE TABLE \"Citizens\"")]
    [InlineData(DatabaseProvider.Postgres, "CREATE TABLE \"Citizens\"")]
    [InlineData(DatabaseProvider.SqlServer, "CREATE TABLE [Citizens]")]
    public void AMigrationScriptIsGenerated(DatabaseProvider provider, string expected)
    {
        With(provider, db =>
        {
            // EF cannot make SQLite scripts idempotent (SQLite has no IF); SQLite always migrates at start-up anyway.
            var options = provider == DatabaseProvider.Sqlite ? MigrationsSqlGenerationOptions.Default : MigrationsSqlGenerationOptions.Idempotent;
            var script = db.GetService<IMigrator>().GenerateScript(options: options);
            script.ShouldContain(expected);
            script.ShouldContain("__EFMigrationsHistory");
        });
    }

    [Fact]
    public void TheSqlServerScriptParsesAsTSqlWithoutErrors()
    {
        var script = "";
        With(DatabaseProvider.SqlServer, db => script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent));
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        var fragment = parser.Parse(reader, out var errors);
        errors.Select(e => $"line {e.Line}: {e.Message}").ShouldBeEmpty();
        var statements = ((TSqlScript)fragment).Batches.SelectMany(b => b.Statements).Count();
        statements.ShouldBeGreaterThan(20);
    }

    private sealed class NoUser : ICurrentUser
    {
        public string? UserId => null;
        public string? UserName => null;
        public string? IpAddress => null;
        public bool IsInRole(string role) => false;
    }
}
