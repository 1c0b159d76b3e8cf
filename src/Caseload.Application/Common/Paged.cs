using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Common;

/// <summary>One page of a longer list.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    public int PageCount => Math.Max(1, (int)Math.Ceiling(TotalCount / (double)PageSize));
    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < PageCount;
}

/// <summary>The one way to page a query: count, keep the page within 1..last, take that page (one command when the
/// first page holds the whole list).</summary>
public static class Paging
{
    public static async Task<Paged<T>> ToPagedAsync<T>(this IQueryable<T> ordered, int page, int pageSize, CancellationToken ct)
    {
        if (page <= 1)
        {
            // The first page usually is the whole list: read one row more than the page, and count only when it is there.
            var first = await ordered.Take(pageSize + 1).ToListAsync(ct);
            if (first.Count <= pageSize) return new Paged<T>(first, 1, pageSize, first.Count);
            return new Paged<T>(first[..pageSize], 1, pageSize, await ordered.CountAsync(ct));
        }
        var total = await ordered.CountAsync(ct);
        page = Math.Clamp(page, 1, Math.Max(1, (int)Math.Ceiling(total / (double)pageSize)));
        var items = await ordered.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Paged<T>(items, page, pageSize, total);
    }

    public static Paged<TOut> Map<TIn, TOut>(this Paged<TIn> paged, Func<TIn, TOut> map)
        => new(paged.Items.Select(map).ToList(), paged.Page, paged.PageSize, paged.TotalCount);
}
