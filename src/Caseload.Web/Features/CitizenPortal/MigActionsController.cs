using Caseload.Application.CitizenPortal;
using Caseload.Application.Common;
using Caseload.Application.Security;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.CitizenPortal;

/// <summary>What the citizen can do on /mig (issue #34 item 3, ADR 0048). Only the citizen scheme, only <see cref="OwnCitizen"/>;
/// the form names a document row, but the command finds it only among the citizen's own (a tampered id gives 404, no effect).</summary>
[Authorize(Policy = Policies.Citizen)]
[Route("mig")]
public sealed class MigActionsController(CitizenActions actions, CitizenPortalQueries queries) : Controller
{
    public const string StatusKey = "MigStatus";
    public const string ErrorKey = "MigError";
    private CancellationToken Ct => HttpContext.RequestAborted;

    /// <summary>A comment that cannot be sent (empty, too long) shows Min side again with the form open and the text as typed.</summary>
    [HttpPost("kommentar")]
    public async Task<IActionResult> Comment(OwnCitizen me, [FromForm] string? document, [FromForm] string? row, [FromForm] string? text)
    {
        var result = await actions.CommentAsync(me, new OwnCommentInput(document, row, text), Ct);
        if (result.Succeeded || result.Failure is FailureKind.NotFound or FailureKind.Forbidden || !Guid.TryParse(row, out var rowId))
            return Answer(result, "Tak. Din kommentar er sendt til din medarbejder.", $"mig-{document}");
        var page = new MigPage(await queries.HomeAsync(me, Ct),
            new MigCommentDraft(document!, rowId, text, string.Join(" ", result.Errors.Select(e => e.Value))));
        return View("~/Features/CitizenPortal/Index.cshtml", page);
    }

    [HttpPost("bekraeft")]
    public async Task<IActionResult> Confirm(OwnCitizen me, [FromForm] string? document, [FromForm] int version)
        => Answer(await actions.ConfirmAsync(me, document, version, Ct), "Tak. Du har sagt, at du er enig.", $"mig-{document}");

    [HttpPost("ring-til-mig")]
    public async Task<IActionResult> AskForCall(OwnCitizen me)
        => Answer(await actions.AskForCallAsync(me, Ct), "Tak. Din medarbejder ringer til dig, så snart det kan lade sig gøre.", "mig-medarbejder");

    [HttpGet("trivsel")]
    public IActionResult Who5(OwnCitizen me) => View("~/Features/CitizenPortal/Who5.cshtml", new MigWho5Model(null, null));

    [HttpPost("trivsel")]
    public async Task<IActionResult> ReportWho5(OwnCitizen me, [FromForm] int?[]? answers)
    {
        var result = ModelState.IsValid ? await actions.ReportWho5Async(me, new OwnWho5Input(answers), Ct)
            : Result.Fail(OwnWho5InputValidator.MissingMessage);
        if (!result.Succeeded)
        {
            // What was answered stays answered, also when one answer could not be read (the binder then drops the rest).
            var typed = Enumerable.Range(0, 5).Select(i => int.TryParse(Request.Form[$"answers[{i}]"], System.Globalization.CultureInfo.InvariantCulture, out var v)
                ? v : (int?)null).ToArray();
            return View("~/Features/CitizenPortal/Who5.cshtml", new MigWho5Model(typed, string.Join(" ", result.Errors.Select(e => e.Value))));
        }
        TempData[StatusKey] = "Tak. Dine svar er gemt. Din medarbejder kan se dem.";
        return Redirect("/mig#mig-trivsel");
    }

    /// <summary>Back to /mig with a short message; a row or document that is not the citizen's own is 404 (no effect).</summary>
    private IActionResult Answer(Result result, string thanks, string anchor)
    {
        if (result.Failure == FailureKind.NotFound) return NotFound();
        if (result.Failure == FailureKind.Forbidden) return StatusCode(StatusCodes.Status403Forbidden);
        TempData[result.Succeeded ? StatusKey : ErrorKey] = result.Succeeded ? thanks : string.Join(" ", result.Errors.Select(e => e.Value));
        return Redirect("/mig#" + (anchor.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? anchor : "indhold"));
    }
}

/// <summary>The WHO-5 form as the citizen fills it in; the answers come back with a message when one is missing.</summary>
public sealed record MigWho5Model(int?[]? Answers, string? Message);
