using Caseload.Application.Printing;
using Caseload.Application.Security;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Caseload.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Caseload.Web.Features.Printing;

/// <summary>One document to print: its title, the file name's first part, its version, the print view and the page it belongs to.</summary>
public sealed record PrintDoc<T>(string Title, string FileStem, string Version, string View, string BackUrl, T Document);

/// <summary>
/// What every citizen document's print shares (ADR 0018): the print view (HTML for the printer) or an A4 PDF made by Chromium
/// from the same view. The CPR number is masked and a secret address left out unless the user chooses otherwise; each print
/// is audited with the document and its version; file names carry initials and the date, never a CPR number. Each engine's
/// print controller lives in its own folder and derives from this (ADR 0023).
/// </summary>
[Authorize(Policy = Policies.CitizenRecords)]
[Route("borgere/{id:guid}/udskrift")]
public abstract class CitizenPrintController(PrintService printing, PrintOutput output, IOptions<PrintOptions> options) : Controller
{
    protected CancellationToken Ct => HttpContext.RequestAborted;

    /// <param name="citizen">Bound from the route by the access scope (ADR 0025): out of scope never gets here.</param>
    /// <param name="initials">The pseudonym print: only a document that offers "Vis kun initialer" passes true.</param>
    protected async Task<IActionResult> PrintAsync<T>(ScopedCitizen citizen, bool pdf, bool fullCpr, bool secretAddress, Func<ScopedCitizen, Task<PrintDoc<T>?>> load,
        bool initials = false)
    {
        var doc = await load(citizen);
        if (doc is null) return NotFound();
        var choices = initials ? new PrintChoices(false, false, Initials: true) : new PrintChoices(fullCpr, secretAddress && citizen.MaySeeSecretAddress);
        var head = await printing.CitizenAsync(citizen, choices, Ct);
        await printing.RecordAsync(citizen, doc.Title, doc.Version, pdf, choices, Ct);
        var page = new PrintPage(head, head.TeamName, doc.Title, doc.Version, options.Value.Municipality, pdf, choices, citizen.MaySeeSecretAddress,
            Request.Path, doc.BackUrl, head.PrintedAt);
        return await output.ViewOrPdfAsync(this, doc.View, page, doc.Document, PrintOutput.FileName(doc.FileStem, head.Initials, head.PrintedAt));
    }

    protected static string Saved(DateTime? at) => at is { } t ? $"gemt {DanishFormat.Time(t)}" : "ikke gemt";
}
