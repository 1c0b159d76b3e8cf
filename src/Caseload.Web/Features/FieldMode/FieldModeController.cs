using Caseload.Application.FieldMode;
using Caseload.Application.Security;
using Caseload.Web.Hosting;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.FieldMode;

/// <summary>
/// Field mode (issue #31, ADR 0047): "Tag med" hands a citizen's pages to the device (wwwroot/js/field.js stores them
/// encrypted), and changes made offline come back here to be merged with what was saved meanwhile.
/// </summary>
[Authorize(Policy = Policies.CitizenRecords)]
public sealed class FieldModeController(FieldModeService fieldMode, Application.Common.ICurrentUser user) : Controller
{
    private CancellationToken Ct => HttpContext.RequestAborted;

    /// <summary>Takes the citizen along: an audited read ("udleveret til enhed"); answers the session's key and the expiry.</summary>
    [HttpPost("borgere/{id:guid}/felt/tag-med")]
    public async Task<IActionResult> TakeAlong([OpensRecord("Udleveret til enhed (Tag med)")] ScopedCitizen citizen)
    {
        var key = await FieldKey.OfAsync(HttpContext);
        if (key is null) return BadRequest(new { message = "Log ud og ind igen, før du tager borgere med." });
        var result = await fieldMode.TakeAlongAsync(citizen, Ct);
        if (!result.Succeeded) return BadRequest(new { message = result.Outcome.Errors[0].Value });
        return Json(new
        {
            key, user = user.UserId, expiresAt = new DateTimeOffset(result.Value, TimeSpan.Zero).ToUnixTimeMilliseconds(),
            until = DanishFormat.Clock(result.Value),
        });
    }

    [HttpPost("borgere/{id:guid}/felt/laeg-tilbage")]
    public async Task<IActionResult> PutBack(ScopedCitizen citizen)
    {
        await fieldMode.ReleaseAsync(citizen, Ct);
        return NoContent();
    }

    /// <summary>One offline change, merged with the form as it is now: the merged fields to post, or the address of the choice page.</summary>
    [HttpPost("borgere/{id:guid}/felt/flet")]
    public async Task<IActionResult> Merge(ScopedCitizen citizen, [FromBody] OfflineChange? change)
    {
        if (change?.Form is null || change.Base is null || change.Mine is null || change.Theirs is null)
            return BadRequest(new { message = "Ændringen kunne ikke læses." });
        var result = await fieldMode.MergeAsync(citizen, change.Form,
            new FieldConflictData(change.Base, change.Mine, change.Theirs, change.Labels ?? []), Ct);
        if (!result.Succeeded) return BadRequest(new { message = result.Outcome.Errors[0].Value });
        return result.Value!.ConflictId is { } conflict
            ? Json(new { choose = $"/borgere/{citizen.Id}/felt/valg/{conflict}" })
            : Json(new { merged = result.Value.Merged });
    }

    [HttpGet("borgere/{id:guid}/felt/valg/{conflictId:guid}")]
    public async Task<IActionResult> Choose([OpensRecord("Valg mellem offline-ændring og gemt udgave")] ScopedCitizen citizen, [FromRoute] Guid conflictId)
    {
        var conflict = (await fieldMode.ConflictsAsync(citizen, Ct)).FirstOrDefault(c => c.Id == conflictId);
        return conflict is null ? NotFound() : View("Choose", new ChoosePage(citizen, conflict));
    }

    [HttpPost("borgere/{id:guid}/felt/valg/{conflictId:guid}")]
    public async Task<IActionResult> Choose(ScopedCitizen citizen, [FromRoute] Guid conflictId, [FromForm(Name = "valg")] Dictionary<string, string>? choices)
    {
        var takeMine = (choices ?? []).Where(c => c.Value is "mine" or "gemt")
            .ToDictionary(c => c.Key, c => c.Value == "mine");
        var result = await fieldMode.ResolveAsync(citizen, conflictId, takeMine, Ct);
        if (result.Succeeded)
        {
            TempData["Status"] = "Dit valg er sat ind i formularen nedenfor som en kladde: tryk «Gendan kladden», se den igennem og gem.";
            return Redirect(result.Value!);
        }
        var conflict = (await fieldMode.ConflictsAsync(citizen, Ct)).FirstOrDefault(c => c.Id == conflictId);
        if (conflict is null) return NotFound();
        ModelState.AddErrors(result.Outcome, "");
        return View("Choose", new ChoosePage(citizen, conflict, takeMine));
    }
}

/// <summary>What the device sends for one change made offline (field.js).</summary>
public sealed class OfflineChange
{
    public string? Form { get; set; }
    public FormFields? Base { get; set; }
    public FormFields? Mine { get; set; }
    public FormFields? Theirs { get; set; }
    public Dictionary<string, string>? Labels { get; set; }
}

public sealed record ChoosePage(ScopedCitizen Citizen, FieldConflictView Conflict, IReadOnlyDictionary<string, bool>? Chosen = null);
