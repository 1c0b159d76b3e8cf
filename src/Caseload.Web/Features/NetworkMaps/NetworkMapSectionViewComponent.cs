using Caseload.Application.NetworkMaps;
using Caseload.Web.Features.Citizens;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.NetworkMaps;

/// <summary>The citizen page's documents section: the network map's state and a link (one query).</summary>
public sealed class CitizenNetworkMapViewComponent(NetworkMapQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(CitizenPageModel page)
        => View("~/Features/NetworkMaps/Section.cshtml", (page.Citizen.Id, await queries.SummaryAsync(page.Citizen, HttpContext.RequestAborted),
            NetworkMapService.MayChange(page.Citizen)));
}
