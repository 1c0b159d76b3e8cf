extern alias generator;
using generator::Caseload.DataGenerator;
using Caseload.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Web.Tests.Engines;

/// <summary>The benchmark's generated municipality (bench/DataGenerator), a few hundred citizens of every method, gets a
/// course event log that matches its rows as the demo data's does (ADR 0024).</summary>
public sealed class GeneratedMunicipalityEventLogTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("caseload-generated-").FullName;

    [Fact]
    public async Task TheBackfillOfTheGeneratedMunicipalityHasOneEventPerSourceRow()
    {
        var connection = $"Data Source={Path.Combine(_directory, "generated.db")}";
        await MunicipalityGenerator.GenerateAsync(DatabaseProvider.Sqlite, connection, citizens: 300, TextWriter.Null);

        await using var db = new SqliteCaseloadDbContext(new DbContextOptionsBuilder<SqliteCaseloadDbContext>().UseSqlite(connection).Options);
        (await db.Citizens.CountAsync()).ShouldBeGreaterThan(300);
        (await db.CourseEvents.CountAsync()).ShouldBeGreaterThan(300 * 20, "the generated contacts are in the log");
        await BackfillComparison.AssertOneEventPerSourceRowAsync(db);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
