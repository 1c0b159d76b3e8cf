using Caseload.Application.ActionPlans;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.ActionPlans;

/// <summary>A worker's own visits in the phone calendar (ADR 0033). The feed itself is the one address here open without
/// signing in: the secret token in it is the key (a phone's calendar cannot sign in); an unknown or revoked token is 404.
/// Making, renewing and revoking the address is done signed in, on "Min konto".</summary>
[Authorize(Policy = Policies.CitizenRecords)]
public sealed class CalendarFeedController(CalendarFeedService feeds, Hosting.PublicAddress address) : Controller
{
    private CancellationToken Ct => HttpContext.RequestAborted;

    [AllowAnonymous, HttpGet("kalender/{token}.ics")]
    public async Task<IActionResult> Feed([FromRoute] string token)
    {
        if (await feeds.FeedAsync(token, Ct) is not { } ics) return NotFound();
        Response.Headers.CacheControl = "no-store";
        Response.Headers["Referrer-Policy"] = "no-referrer";
        return Content(ics, "text/calendar; charset=utf-8");
    }

    [HttpPost("min-konto/kalender/ny")]
    public async Task<IActionResult> Renew()
    {
        var result = await feeds.RenewAsync(Ct);
        if (result.Succeeded)
        {
            TempData["CalendarFeedUrl"] = $"{address.BaseUrl()}/kalender/{result.Value}.ics"; // never the request's Host header
            TempData["Status"] = "Din kalenderadresse er lavet. Kopiér den nu: den vises kun denne ene gang.";
        }
        else TempData["Status"] = string.Join(" ", result.Outcome.Errors.Select(e => e.Value));
        return Redirect("/min-konto#kalender");
    }

    [HttpPost("min-konto/kalender/slet")]
    public async Task<IActionResult> Revoke()
    {
        var result = await feeds.RevokeAsync(Ct);
        TempData["Status"] = result.Succeeded ? "Kalenderadressen er slået fra. Den gamle adresse virker ikke længere."
            : string.Join(" ", result.Errors.Select(e => e.Value));
        return Redirect("/min-konto#kalender");
    }
}

/// <summary>"Min kalender" on "Min konto", for members of an ACT team: make, renew or revoke the secret calendar address.</summary>
public sealed class CalendarFeedSectionViewComponent(CalendarFeedService feeds, TeamMeetingQueries meetings) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (!(User.IsInRole(Application.Security.Roles.Worker) || User.IsInRole(Application.Security.Roles.TeamLeader))
            || (await meetings.MyActTeamsAsync(ct)).Count == 0) return Content("");
        return View("~/Features/ActionPlans/_CalendarFeedSection.cshtml", new CalendarFeedSection(await feeds.HasFeedAsync(ct), TempData["CalendarFeedUrl"] as string));
    }
}

public sealed record CalendarFeedSection(bool Active, string? NewUrl);
