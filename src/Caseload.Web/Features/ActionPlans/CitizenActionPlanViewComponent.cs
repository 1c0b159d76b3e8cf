using Caseload.Application.ActionPlans;
using Caseload.Web.Features.Citizens;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.ActionPlans;

public sealed record ActionPlanSectionModel(Guid CitizenId, int Revision);

/// <summary>The ACT engine's line on the citizen page: the action plan and its revision. Nothing (and no query) for a
/// citizen ACT does not concern.</summary>
public sealed class CitizenActionPlanViewComponent(ActionPlanSummary plans) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(CitizenPageModel page)
        => page.Engines.Contains(ActModule.Key)
            ? View("~/Features/ActionPlans/Section.cshtml", new ActionPlanSectionModel(page.Citizen.Id, await plans.RevisionAsync(page.Citizen, HttpContext.RequestAborted)))
            : Content("");
}
