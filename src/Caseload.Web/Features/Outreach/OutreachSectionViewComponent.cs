using Caseload.Application.Outreach;
using Caseload.Web.Features.Citizens;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Outreach;

public sealed record OutreachSectionModel(Guid CitizenId, IReadOnlyList<ReferralListRow> Referrals, OutreachCaseView? Case);

/// <summary>The outreach section of the citizen page: the referrals and, when there is a case, its open deadlines
/// and a link to the course page. Nothing (and only the referral query) for citizens outside outreach.</summary>
public sealed class CitizenOutreachViewComponent(ReferralQueries referrals, OutreachQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(CitizenPageModel page)
    {
        var ct = HttpContext.RequestAborted;
        var list = await referrals.ForCitizenAsync(page.Citizen, ct);
        if (list.Count == 0) return Content("");
        var course = list.Any(r => r.Status == Domain.Outreach.ReferralStatus.Accepted) ? await queries.CaseAsync(page.Citizen, ct) : null;
        return View("~/Features/Outreach/Section.cshtml", new OutreachSectionModel(page.Citizen.Id, list, course));
    }
}
