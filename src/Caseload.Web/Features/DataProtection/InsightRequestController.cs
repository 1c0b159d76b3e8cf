using Caseload.Application.Common.Time;
using Caseload.Application.Security;
using Caseload.Domain.Citizens;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.DataProtection;

/// <summary>
/// "Indsigt": an administrator answers a citizen's request for insight (GDPR art. 15, issue #33 item 3, ADR 0052) for a
/// citizen in any team, found by the full CPR number — typed, never in an address, so it stays out of logs and history.
/// The package comes straight out as a PDF or JSON file and is audited like the primary worker's; the rest of the
/// citizen's record stays behind the team scope.
/// </summary>
[Authorize(Policy = Policies.Admin)]
[Route("admin/indsigt")]
public sealed class InsightRequestController(IAccessScope scope, IDanishClock clock, InsightDownloads downloads) : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View(Page, new InsightRequestInput());

    private const string Page = "~/Features/DataProtection/InsightRequest.cshtml";

    [HttpPost(""), ValidateAntiForgeryToken]
    public async Task<IActionResult> Produce(InsightRequestInput input)
    {
        if (!CprNumber.TryParse(input.Cpr, clock.Today, out var cpr, out var error))
            ModelState.AddModelError(nameof(input.Cpr), error);
        else if (await scope.InsightRequestAsync(cpr, HttpContext.RequestAborted) is { } citizen)
            return input.Format == "json" ? await downloads.JsonAsync(this, citizen) : await downloads.PackageAsync(this, citizen, pdf: true, fullCpr: true, "/admin/indsigt");
        else
            ModelState.AddModelError(nameof(input.Cpr), "Ingen borger i Caseload har det CPR-nummer (eller borgerens oplysninger er slettet efter opbevaringsperioden).");
        return View(Page, input);
    }
}

public sealed class InsightRequestInput
{
    public string? Cpr { get; set; }
    /// <summary>"pdf" or "json".</summary>
    public string Format { get; set; } = "pdf";
}
