using Caseload.Application.Outreach;
using Caseload.Web.Features.Citizens;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Outreach;

public sealed record OutreachSectionModel(Guid CitizenId, IReadOnlyList<ReferralListRow> Referrals, OutreachSummary? Case);

/// <summary>The outreach section of the citizen page: the referrals, a new-referral link and, when there is a case, its
/// open deadlines and a link to the course page. Only for citizens outreach concerns (decided with the other engines).</summary>
public sealed class CitizenOutreachViewComponent(OutreachQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(CitizenPageModel page)
    {
        if (!page.Engines.Contains(OutreachModule.Key)) return Content("");
        var section = await queries.SectionAsync(page.Citizen, HttpContext.RequestAborted);
        return View("~/Features/Outreach/Section.cshtml", new OutreachSectionModel(page.Citizen.Id, section.Referrals, section.Case));
    }
}
