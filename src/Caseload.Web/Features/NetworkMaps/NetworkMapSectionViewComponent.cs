using Caseload.Application.Documents;
using Caseload.Application.NetworkMaps;
using Caseload.Web.Features.Citizens;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.NetworkMaps;

/// <summary>The citizen page's documents section: the network map's state and the cooperation agreements (one query).</summary>
public sealed class CitizenNetworkMapViewComponent(CitizenDocuments documents) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(CitizenPageModel page)
        => View("~/Features/NetworkMaps/Section.cshtml", new DocumentsSectionModel(page.Citizen.Id,
            await documents.ForCitizenAsync(page.Citizen, HttpContext.RequestAborted), page.Citizen.MayChangeCourseWork));
}

public sealed record DocumentsSectionModel(Guid CitizenId, CitizenDocumentsSummary Documents, bool MayChange);
