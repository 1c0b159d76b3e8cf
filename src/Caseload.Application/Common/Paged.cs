using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Common;

/// <summary>One page of a longer list.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    public int PageCount => Math.Max(1, (int)Math.Ceiling(TotalCount / (double)PageSize));
    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < PageCount;
}

/// <summary>The one way to page a query: one command reads the page and the list's count (a scalar sub-query the
/// database runs once); only a page beyond the last needs a second look, at the last page.</summary>
public static class Paging
{
    public static async Task<Paged<T>> ToPagedAsync<T>(this IQueryable<T> ordered, int page, int pageSize, CancellationToken ct)
    {
        page = Math.Max(1, page);
        var rows = await PageWithCountAsync(ordered, page, pageSize, ct);
        if (rows.Count > 0) return new Paged<T>([.. rows.Select(r => r.Item)], page, pageSize, rows[0].Total);
        var total = await ordered.CountAsync(ct);
        var last = Math.Max(1, (int)Math.Ceiling(total / (double)pageSize));
        if (total == 0 || page == last) return new Paged<T>([], Math.Min(page, last), pageSize, total);
        rows = await PageWithCountAsync(ordered, last, pageSize, ct); // kept within 1..last
        return new Paged<T>([.. rows.Select(r => r.Item)], last, pageSize, rows.Count > 0 ? rows[0].Total : total);
    }

    // The count as a column of each row, not a command of its own. The list query inside its own projection is
    // uncorrelated: SQLite, PostgreSQL and SQL Server evaluate it once per command.
    private static Task<List<PageRow<T>>> PageWithCountAsync<T>(IQueryable<T> ordered, int page, int pageSize, CancellationToken ct)
        => ordered.Skip((page - 1) * pageSize).Take(pageSize).Select(x => new PageRow<T>(x, ordered.Count())).ToListAsync(ct);

    private sealed record PageRow<T>(T Item, int Total);

    public static Paged<TOut> Map<TIn, TOut>(this Paged<TIn> paged, Func<TIn, TOut> map)
        => new(paged.Items.Select(map).ToList(), paged.Page, paged.PageSize, paged.TotalCount);
}
