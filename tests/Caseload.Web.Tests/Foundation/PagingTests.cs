using Caseload.Application.Common;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Web.Tests.Foundation;

/// <summary>The one paging path: any page of any list is one command, its count a column of the page's rows.</summary>
public sealed class PagingTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    // The counter sees every command of the app: background jobs (their start-up run) would be counted too.
    private readonly SqliteAppFactory _quiet = CaseloadAppFactory.WithoutBackgroundJobs(app);

    [Fact]
    public async Task EveryPageIsOneCommandWithItsCountAndAPageBeyondTheLastShowsTheLast()
    {
        var citizen = await app.CitizenIdAsync("Bent Kristensen");
        var total = await app.QueryAsync(db => db.ContactLog.CountAsync(c => c.CitizenId == citizen));
        total.ShouldBeGreaterThan(2);

        async Task<(Paged<DateTime> Page, int Commands)> PageAsync(int page, int size) => await app.QueryAsync(async db =>
        {
            app.SqlCommands.Reset();
            var paged = await db.ContactLog.Where(c => c.CitizenId == citizen).OrderByDescending(c => c.OccurredAt)
                .Select(c => c.OccurredAt).ToPagedAsync(page, size, CancellationToken.None);
            return (paged, app.SqlCommands.Count);
        });

        var fits = await PageAsync(1, total); // exactly one page
        fits.Commands.ShouldBe(1);
        fits.Page.TotalCount.ShouldBe(total);
        fits.Page.Items.Count.ShouldBe(total);
        fits.Page.HasNext.ShouldBeFalse();

        var longer = await PageAsync(1, total - 1); // one row more than the page: counted in the same command
        longer.Commands.ShouldBe(1);
        longer.Page.TotalCount.ShouldBe(total);
        longer.Page.Items.Count.ShouldBe(total - 1);
        longer.Page.PageCount.ShouldBe(2);
        longer.Page.Items.ShouldBe(longer.Page.Items.OrderByDescending(d => d).ToList());

        var second = await PageAsync(2, total - 1);
        second.Commands.ShouldBe(1);
        second.Page.TotalCount.ShouldBe(total);
        second.Page.HasNext.ShouldBeFalse();
        second.Page.Items.Count.ShouldBe(1);
        second.Page.Items[0].ShouldBeLessThanOrEqualTo(longer.Page.Items[^1]);

        var beyond = await PageAsync(99, total - 1); // kept within 1..last
        beyond.Page.Page.ShouldBe(2);
        beyond.Page.Items.ShouldBe(second.Page.Items);
        beyond.Page.TotalCount.ShouldBe(total);

        var nobody = Guid.NewGuid();
        var none = await app.QueryAsync(db => db.ContactLog.Where(c => c.CitizenId == nobody).OrderBy(c => c.OccurredAt)
            .Select(c => c.OccurredAt).ToPagedAsync(3, 10, CancellationToken.None));
        none.Items.ShouldBeEmpty();
        none.TotalCount.ShouldBe(0);
        none.Page.ShouldBe(1);
        none.PageCount.ShouldBe(1);
    }
}
