using Caseload.Application.Common.Time;
using Caseload.Application.Fhir;
using Caseload.Application.Security;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Fhir;

/// <summary>"Eksportér til journal (FHIR)" from the citizen's print menu (issue #33 item 2, ADR 0053): the citizen's goals, plans,
/// WHO-5 measurements and contacts as a FHIR R4 bundle to download, for staff who can see the citizen. Without a consent that names
/// the municipality's record system, a Danish explanation instead (403), never the file.</summary>
[Authorize(Policy = Policies.CitizenRecords)]
[Route("borgere/{id:guid}/fhir")]
public sealed class FhirController(FhirExport export, IDanishClock clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Download(ScopedCitizen citizen)
    {
        var result = await export.DownloadAsync(citizen, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            Response.StatusCode = result.Failure == Application.Common.FailureKind.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status409Conflict;
            return View("~/Features/Fhir/Refused.cshtml", new FhirRefusedModel(citizen.Id, citizen.Name, string.Join(" ", result.Errors.Select(e => e.Value))));
        }
        // Never the CPR number or the name in a file name (ADR 0018): initials and the date.
        var initials = Domain.Common.NameInitials.Compact(citizen.Name) ?? "borger";
        Response.Headers.CacheControl = "no-store";
        return File(System.Text.Encoding.UTF8.GetBytes(result.Value!), FhirExport.MediaType,
            $"FHIR-eksport-{initials}-{clock.Today:yyyy-MM-dd}.json");
    }
}

public sealed record FhirRefusedModel(Guid CitizenId, string CitizenName, string Message);
