namespace Caseload.Application.Common;

/// <summary>One page of a longer list.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    public int PageCount => Math.Max(1, (int)Math.Ceiling(TotalCount / (double)PageSize));
    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < PageCount;
}

public static class Paging
{
    /// <summary>A requested page number kept within 1..last page.</summary>
    public static int Clamp(int page, int totalCount, int pageSize)
        => Math.Clamp(page, 1, Math.Max(1, (int)Math.Ceiling(totalCount / (double)pageSize)));
}

/// <summary>The outcome of a command: ok, or Danish messages keyed by the input field they concern ("" = whole form).</summary>
public sealed record Result(IReadOnlyList<KeyValuePair<string, string>> Errors)
{
    public static readonly Result Ok = new([]);
    public bool Succeeded => Errors.Count == 0;
    public static Result Fail(string message, string field = "") => new([new(field, message)]);
}
