using Caseload.Infrastructure.Jobs;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Admin.Jobs;

/// <summary>"Baggrundsjob": each background job's last run and outcome (Administrator, ADR 0045).</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class JobsController(JobOverview overview) : Controller
{
    [HttpGet("admin/baggrundsjob")]
    public async Task<IActionResult> Index()
        => View(new JobsPageModel(await overview.StatusAsync(HttpContext.RequestAborted), await overview.RecentAsync(20, HttpContext.RequestAborted)));
}

public sealed record JobsPageModel(IReadOnlyList<JobStatus> Jobs, IReadOnlyList<JobRun> Recent);
