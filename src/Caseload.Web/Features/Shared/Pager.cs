namespace Caseload.Web.Features.Shared;

/// <summary>The pager under a paged list: the page, the count, and how to link to another page.</summary>
public sealed record Pager(int Page, int PageCount, Func<int, string?> UrlFor, string Label,
    string PreviousText = "Forrige", string NextText = "Næste")
{
    public static Pager For<T>(Application.Common.Paged<T> paged, Func<int, string?> urlFor, string label,
        string previousText = "Forrige", string nextText = "Næste")
        => new(paged.Page, paged.PageCount, urlFor, label, previousText, nextText);
}
