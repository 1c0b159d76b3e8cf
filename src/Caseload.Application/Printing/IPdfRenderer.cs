namespace Caseload.Application.Printing;

/// <summary>A print view to turn into an A4 PDF: the page's HTML and the lines Chromium repeats on every page.</summary>
public sealed record PdfRequest(string Html, string HeaderHtml, string FooterHtml);

/// <summary>The PDF, or a Danish <see cref="Problem"/> to show instead (the HTML print view still works).</summary>
public sealed record PdfResult(byte[]? Pdf, string? Problem);

/// <summary>Whether PDFs can be made; <see cref="Reason"/> in Danish when not (shown to users and on /health/ready).</summary>
public sealed record PdfRendererState(bool Available, bool Started, string? Reason);

/// <summary>HTML print views to PDF (Chromium through Playwright, ADR 0018).</summary>
public interface IPdfRenderer
{
    Task<PdfResult> RenderAsync(PdfRequest request, CancellationToken ct = default);

    /// <summary>Starts the renderer and makes one small document, so the first real PDF does not pay for it.</summary>
    Task WarmUpAsync(CancellationToken ct = default);

    PdfRendererState State { get; }
}
