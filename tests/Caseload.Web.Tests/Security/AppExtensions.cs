using Caseload.Infrastructure.Persistence;
using Caseload.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Web.Tests.Security;

internal static class AppExtensions
{
    /// <summary>Runs a query on the app's own database.</summary>
    public static async Task<T> QueryAsync<T>(this CaseloadAppFactory app, Func<CaseloadDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CaseloadDbContext>());
    }

    public static Task<Guid> CitizenIdAsync(this CaseloadAppFactory app, string name)
        => app.QueryAsync(db => db.Citizens.Where(c => c.Name == name).Select(c => c.Id).SingleAsync());
}
