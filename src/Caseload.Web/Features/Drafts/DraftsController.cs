using Caseload.Application.Drafts;
using Caseload.Domain.Common;
using Caseload.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Drafts;

/// <summary>The autosave endpoint of forms marked <c>data-autosave</c> (wwwroot/js/autosave.js): the signed-in user's own
/// draft of one form, by the form's address. Antiforgery applies as to every POST (the token travels in the body, so
/// <c>navigator.sendBeacon</c> works when the page is closed).</summary>
[Authorize]
[Route("kladder")]
public sealed class DraftsController(DraftService drafts) : Controller
{
    [HttpPost("")]
    [Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(DraftRateLimit.Policy)]
    public async Task<IActionResult> Save([FromForm] string? key, [FromForm] string? data)
    {
        if (key is null || data is null || !DraftService.IsFormAddress(key)) return BadRequest(new { message = "Kladden kunne ikke gemmes: formularen er ukendt." });
        try
        {
            var saved = await drafts.SaveAsync(key, data, HttpContext.RequestAborted);
            return saved is { } at ? Json(new { savedAt = DanishFormat.Clock(at) }) : BadRequest(new { message = "Kladden kunne ikke gemmes." });
        }
        catch (DomainException e)
        {
            return BadRequest(new { message = e.Message });
        }
    }

    [HttpGet("")]
    public async Task<IActionResult> Get([FromQuery] string? key)
    {
        var draft = key is null ? null : await drafts.GetAsync(key, HttpContext.RequestAborted);
        return draft is null ? NoContent() : Json(new { data = draft.Data, savedAt = DanishFormat.Time(draft.SavedAt), savedAtUtc = draft.SavedAt.ToString("O") });
    }
}
