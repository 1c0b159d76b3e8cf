using Caseload.Application.NetworkMaps;
using Caseload.Application.Printing;
using Caseload.Application.Security;
using Caseload.Web.Features.Printing;
using Caseload.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Caseload.Web.Features.NetworkMaps;

/// <summary>The network map, printed or as PDF (ADR 0018, ADR 0023).</summary>
public sealed class NetworkMapPrintController(PrintService printing, PrintOutput output, IOptions<PrintOptions> options,
    NetworkMapQueries maps) : CitizenPrintController(printing, output, options)
{
    [HttpGet("netvaerkskort")]
    /// <param name="initialer">"Vis kun initialer" carried from the screen into print and PDF (issue #27 item 3).</param>
    public async Task<IActionResult> NetworkMap(ScopedCitizen citizen, bool pdf = false, bool fuldtCpr = false, bool hemmeligAdresse = false, bool initialer = false)
        => await PrintAsync(citizen, pdf, fuldtCpr, hemmeligAdresse, async c =>
        {
            var map = await maps.MapAsync(c, Ct);
            return !map.Exists ? null : new PrintDoc<NetworkMapView>("Netværkskort", "Netvaerkskort",
                $"version {map.Versions.Count}, gemt {DanishFormat.Time(map.LastSavedAt!.Value)}", "~/Features/NetworkMaps/PrintNetworkMap.cshtml",
                $"/borgere/{citizen.Id}/netvaerkskort{(initialer ? "?initialer=true" : "")}", map);
        }, initials: initialer);
}
