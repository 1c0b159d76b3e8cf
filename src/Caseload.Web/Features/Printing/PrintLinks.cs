namespace Caseload.Web.Features.Printing;

/// <summary>"Udskriv" and "Download PDF" for one print view, shown on its document's page.</summary>
public sealed record PrintLinks(string Url, string? What = null)
{
    public string PdfUrl => PdfOf(Url);

    /// <summary>The PDF of a print view: the same address with pdf=true (after its own query, if it has one).</summary>
    public static string PdfOf(string printUrl) => $"{printUrl}{(printUrl.Contains('?', StringComparison.Ordinal) ? '&' : '?')}pdf=true";
}
