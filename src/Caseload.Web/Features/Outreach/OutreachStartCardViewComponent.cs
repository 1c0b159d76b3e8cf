using Caseload.Application.Outreach;
using Caseload.Application.Security;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Outreach;

/// <summary>The start page's outreach card, for members of an outreach team; a team leader sees the deadline counts of the
/// teams they lead.</summary>
public sealed class OutreachStartCardViewComponent(ReferralQueries referrals, DeadlineList deadlines) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var ct = HttpContext.RequestAborted;
        if ((await referrals.MyOutreachTeamsAsync(ct)).Count == 0) return Content("");
        var counts = User.IsInRole(Roles.TeamLeader) ? await deadlines.CountsForLedTeamsAsync(ct) : null;
        return View("~/Features/Outreach/_StartCard.cshtml", counts);
    }
}
