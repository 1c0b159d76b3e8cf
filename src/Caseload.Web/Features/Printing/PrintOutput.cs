using System.Net;
using Caseload.Application.Common.Time;
using Caseload.Application.Printing;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Printing;

/// <summary>A print view answered as HTML (for the printer) or as a PDF made by Chromium from the same view; when no PDF
/// can be made, the HTML view with a Danish message. Chromium's running header and footer are written here.</summary>
public sealed class PrintOutput(IPdfRenderer renderer)
{
    public async Task<IActionResult> ViewOrPdfAsync<T>(Controller controller, string view, PrintPage page, T document, string fileName)
    {
        if (!page.Pdf) return controller.View(view, new PrintPage<T>(page, document));
        var html = await controller.RenderViewToStringAsync(view, new PrintPage<T>(page, document));
        var result = await renderer.RenderAsync(new PdfRequest(html, Header(page), Footer(page)), controller.HttpContext.RequestAborted);
        return result.Pdf is null
            ? controller.View(view, new PrintPage<T>(page with { Pdf = false, Problem = result.Problem }, document))
            : controller.File(result.Pdf, "application/pdf", fileName);
    }

    /// <summary>"Samarbejdsaftale-BK-2026-11-25.pdf": initials (if any) and the Danish date, never a CPR number.</summary>
    public static string FileName(string stem, string? initials, DateTime printedAtUtc)
        => $"{stem}{(initials is null ? "" : $"-{initials}")}-{DanishTime.ToLocal(printedAtUtc):yyyy-MM-dd}.pdf";

    // Chromium's running header and footer: inline styles only (they are rendered apart from the page), Danish page numbers.
    private const string Line = "font-family:'DejaVu Sans',Arial,sans-serif;font-size:7.5pt;width:100%;box-sizing:border-box;padding:0 16mm;display:flex;justify-content:space-between;color:#000;";

    /// <summary>Never wraps (a wrapped header would run into the page): a long title is cut with "…".</summary>
    private const string OneLine = "white-space:nowrap;overflow:hidden;text-overflow:ellipsis;min-width:0;";

    private static string Header(PrintPage p)
        => $"<div style=\"{Line}gap:4mm;\"><span style=\"{OneLine}flex:1;\">{E(p.Municipality)} · {E(p.Unit)} · {E(p.Title)}</span>"
           + $"<b style=\"white-space:nowrap;flex-shrink:0;\">{E(PrintPage.Confidential)}</b></div>"; // the marking is never cut

    private static string Footer(PrintPage p)
        => $"<div style=\"{Line}\"><span>Side <span class=\"pageNumber\"></span> af <span class=\"totalPages\"></span></span>"
           + $"<span>{(p.Citizen is { } c ? E(c.Name) + " · " : "")}{E(p.Version)} · udskrevet {E(p.PrintedAt)}</span></div>";

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
