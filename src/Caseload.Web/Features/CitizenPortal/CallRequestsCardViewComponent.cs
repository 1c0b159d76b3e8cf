using Caseload.Application.CitizenPortal;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.CitizenPortal;

/// <summary>"Ring til mig" on the start page of the citizen's primary worker (ADR 0048); nothing when no one is waiting.</summary>
public sealed class CallRequestsCardViewComponent(FromTheCitizenQueries fromCitizen) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var rows = await fromCitizen.MyCallRequestsAsync(HttpContext.RequestAborted);
        return rows.Count == 0 ? Content("") : View("~/Features/CitizenPortal/_CallRequestsCard.cshtml", rows);
    }
}
