using Caseload.Application.Citizens;
using Caseload.Application.Documents;
using Caseload.Application.Engines;
using Caseload.Application.Printing;
using Caseload.Application.Security;
using Caseload.Web.Engines;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Caseload.Web.Features.Printing;

/// <summary>The citizen's print menu ("Udskrifter": every engine's documents that exist, ADR 0023) and the citizen summary.</summary>
public sealed class PrintController(PrintService printing, PrintOutput output, IOptions<PrintOptions> options,
    CitizenQueries citizens) : CitizenPrintController(printing, output, options)
{
    [HttpGet("")]
    public async Task<IActionResult> Index([OpensRecord("Udskrift")] ScopedCitizen citizen, [FromServices] IEnumerable<IPrintDocumentSource> sources,
        [FromServices] Application.DataProtection.InsightService insight)
    {
        var concerned = citizen.Engines;
        var links = new List<PrintDocumentLink> { new("Borgeroversigt", $"/borgere/{citizen.Id}/udskrift/oversigt", 0) };
        foreach (var source in sources) links.AddRange(await source.ForCitizenAsync(citizen, concerned, Ct));
        return View("~/Features/Printing/Index.cshtml", new PrintMenuModel(citizen.Id, citizen.Name, [.. links.OrderBy(l => l.Order)],
            insight.MayProduce(citizen)));
    }

    [HttpGet("oversigt")]
    public async Task<IActionResult> Summary(ScopedCitizen citizen, [FromServices] CitizenDocuments documents,
        [FromServices] IEnumerable<ICitizenDocumentLines> engineLines, bool pdf = false, bool fuldtCpr = false, bool hemmeligAdresse = false)
        => await PrintAsync(citizen, pdf, fuldtCpr, hemmeligAdresse, async c =>
        {
            var concerned = c.Engines;
            var lines = new List<string>();
            foreach (var source in engineLines) lines.AddRange(await source.LinesAsync(c, concerned, Ct));
            return new PrintDoc<CitizenSummaryPrint>("Borgeroversigt", "Borgeroversigt", "oplysningerne som de er nu", "~/Features/Printing/CitizenSummary.cshtml",
                $"/borgere/{citizen.Id}", new CitizenSummaryPrint(await citizens.MasterDataAsync(c, Ct), await documents.ForCitizenAsync(c, Ct), lines));
        });
}

/// <param name="MayProduceInsight">The insight package (ADR 0052): an administrator or the citizen's primary worker.</param>
public sealed record PrintMenuModel(Guid CitizenId, string CitizenName, IReadOnlyList<PrintDocumentLink> Documents, bool MayProduceInsight = false);

/// <summary>The citizen summary: the record, the shared documents and the engines' own document lines.</summary>
public sealed record CitizenSummaryPrint(CitizenMasterData Record, CitizenDocumentsSummary Documents, IReadOnlyList<string> EngineDocuments);
