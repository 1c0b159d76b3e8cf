using Caseload.Application.Auditing;
using Caseload.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Areas.Admin.Controllers;

/// <summary>Search the audit log by user, citizen and period. Read-only.</summary>
public sealed class AuditController(AuditSearch search) : AdminController
{
    public async Task<IActionResult> Index(AuditFilter filter)
    {
        ViewData["Filter"] = filter;
        return View(await search.SearchAsync(filter, DanishFormat.Zone));
    }
}
