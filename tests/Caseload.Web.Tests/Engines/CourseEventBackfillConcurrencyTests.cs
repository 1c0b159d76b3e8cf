using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Web.Tests.Engines;

/// <summary>Several web instances on one PostgreSQL start at once: the backfill's session lock lets one fill the course
/// event log and the others find it filled (ADR 0024). SQLite runs one instance by design (ADR 0001), so it has no lock.</summary>
public sealed class CourseEventBackfillConcurrencyTests(PostgresAppFactory app) : IClassFixture<PostgresAppFactory>
{
    [Fact]
    public async Task WebInstancesStartingTogetherFillTheLogOnce()
    {
        var expected = await app.QueryAsync(db => db.CourseEvents.CountAsync());
        await app.QueryAsync(db => db.CourseEvents.ExecuteDeleteAsync());
        async Task<int> InstanceStartsAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await Infrastructure.Persistence.DatabaseInitializer.FillCourseEventLogOnceAsync(scope.ServiceProvider);
        }
        var written = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(InstanceStartsAsync)));
        written.Sum().ShouldBe(expected, "one instance fills the log, the others find it filled");
        written.Count(w => w > 0).ShouldBe(1);
        (await app.QueryAsync(db => db.CourseEvents.CountAsync())).ShouldBe(expected);
        await app.QueryAsync(BackfillComparison.AssertOneEventPerSourceRowAsync);
    }
}
