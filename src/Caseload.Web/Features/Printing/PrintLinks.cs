namespace Caseload.Web.Features.Printing;

/// <summary>"Udskriv" and "Download PDF" for one print view, shown on its document's page.</summary>
public sealed record PrintLinks(string Url, string? What = null)
{
    public string PdfUrl => $"{Url}{(Url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}pdf=true";
}
