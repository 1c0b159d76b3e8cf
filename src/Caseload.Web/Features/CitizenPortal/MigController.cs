using Caseload.Application.CitizenPortal;
using Caseload.Application.Security;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.CitizenPortal;

/// <summary>The citizen's own view (issue #34): only the citizen scheme, only the citizen's own record (<see cref="OwnCitizen"/>,
/// bound from the sign-in, never from the address).</summary>
[Authorize(Policy = Policies.Citizen)]
[Route("mig")]
public sealed class MigController(CitizenPortalQueries queries) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(OwnCitizen me)
        => View("~/Features/CitizenPortal/Index.cshtml", new MigPage(await queries.HomeAsync(me, HttpContext.RequestAborted), null));
}

/// <summary>Min side, and when a comment could not be sent: the row, the text as typed and the Danish message, so the form opens
/// again with the text in it (issue #34 item 6).</summary>
public sealed record MigPage(OwnHome Home, MigCommentDraft? Draft);

public sealed record MigCommentDraft(string Document, Guid Row, string? Text, string Message);
