using Caseload.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Caseload.Web.Tests.House;

/// <summary>
/// Three migration sets, one model. No SQL Server runs on our build machines, so SQL Server is verified as far
/// as can be without one: its idempotent migration script is generated and parsed as T-SQL (0 errors), and no
/// provider has model changes without a migration. (A live SQL Server is not tested; README says so.)
/// </summary>
public sealed class MigrationScriptTests
{
    private static CaseloadDbContext Context(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteCaseloadDbContext(new DbContextOptionsBuilder<SqliteCaseloadDbContext>()
            .UseSqlite("Data Source=:memory:").Options),
        DatabaseProvider.Postgres => new PostgresCaseloadDbContext(new DbContextOptionsBuilder<PostgresCaseloadDbContext>()
            .UseNpgsql("Host=localhost;Database=unused").Options),
        _ => new SqlServerCaseloadDbContext(new DbContextOptionsBuilder<SqlServerCaseloadDbContext>()
            .UseSqlServer("Server=localhost;Database=unused;TrustServerCertificate=True").Options),
    };

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void TheModelHasNoChangesWithoutAMigration(DatabaseProvider provider)
    {
        using var db = Context(provider);
        db.Database.GetMigrations().ShouldNotBeEmpty();
        db.Database.HasPendingModelChanges().ShouldBeFalse($"run `dotnet ef migrations add` for {provider} (README: Adding a migration)");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "CREATE TABLE \"Citizens\"")]
    [InlineData(DatabaseProvider.Postgres, "CREATE TABLE \"Citizens\"")]
    [InlineData(DatabaseProvider.SqlServer, "CREATE TABLE [Citizens]")]
    public void AMigrationScriptIsGenerated(DatabaseProvider provider, string expected)
    {
        using var db = Context(provider);
        // EF cannot make SQLite scripts idempotent (SQLite has no IF); SQLite always migrates at start-up anyway.
        var options = provider == DatabaseProvider.Sqlite ? MigrationsSqlGenerationOptions.Default : MigrationsSqlGenerationOptions.Idempotent;
        var script = db.GetService<IMigrator>().GenerateScript(options: options);
        script.ShouldContain(expected);
        script.ShouldContain("__EFMigrationsHistory");
    }

    [Fact]
    public void TheSqlServerScriptParsesAsTSqlWithoutErrors()
    {
        using var db = Context(DatabaseProvider.SqlServer);
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        var fragment = parser.Parse(reader, out var errors);
        errors.Select(e => $"line {e.Line}: {e.Message}").ShouldBeEmpty();
        var statements = ((TSqlScript)fragment).Batches.SelectMany(b => b.Statements).Count();
        statements.ShouldBeGreaterThan(20);
    }
}
