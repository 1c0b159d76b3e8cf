using Caseload.Application.Auditing;
using Caseload.Application.Common;
using Caseload.Web.Hosting;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Admin.Audit;

/// <summary>Search the audit log by user, citizen and period (Administrator). Read-only; each search is audited.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class AuditController(AuditSearch search) : Controller
{
    [HttpGet("admin/logning")]
    public async Task<IActionResult> Index([FromQuery] AuditFilter filter)
    {
        if (!ModelState.IsValid) return View(new AuditPageModel(filter, null));
        var (rows, result) = await search.SearchAsync(filter, HttpContext.RequestAborted);
        ModelState.AddErrors(result);
        return View(new AuditPageModel(filter, rows));
    }
}

public sealed record AuditPageModel(AuditFilter Filter, Paged<AuditRow>? Rows);
