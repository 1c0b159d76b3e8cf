using Caseload.Application.Common;
using Caseload.Application.Security;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Outreach;

/// <summary>"Who is the outreach worker" on every page about a citizen (§2.3 step 3): the layout asks for it on
/// /borgere/{id}/… pages. The scope already knows the citizen for the request, so only a name look-up is added,
/// and only for citizens with an outreach course.</summary>
public sealed class OutreachWorkerViewComponent(IAccessScope scope, IUserDirectory users) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (!Guid.TryParse(RouteData.Values["id"] as string, out var id) || !HttpContext.Request.Path.StartsWithSegments("/borgere"))
            return Content("");
        var citizen = await scope.CitizenAsync(id, HttpContext.RequestAborted);
        var worker = citizen?.PrimaryWorkers.FirstOrDefault(w => w.Method == Domain.Teams.Method.Outreach).WorkerId;
        if (worker is null) return Content("");
        var names = await users.NamesAsync([worker], HttpContext.RequestAborted);
        return View("~/Features/Outreach/_OutreachWorker.cshtml", names.GetValueOrDefault(worker, "–"));
    }
}
