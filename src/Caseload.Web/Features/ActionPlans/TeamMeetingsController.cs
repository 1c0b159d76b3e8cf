using Caseload.Application.ActionPlans;
using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Security;
using Caseload.Web.Features.Printing;
using Caseload.Web.Hosting;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Caseload.Web.Features.ActionPlans;

/// <summary>The ACT team meeting (ADR 0032): the team's members open it and record the reviews; the team leader plans it,
/// changes the agenda and closes it (the <see cref="LedTeam"/> handle: anyone else gets 404). Another team's meeting is 404.</summary>
[Authorize(Policy = Policies.CitizenRecords)]
[Route("act")]
public sealed class TeamMeetingsController(TeamMeetingQueries queries, TeamMeetingService meetings, IDanishClock clock) : Controller
{
    private CancellationToken Ct => HttpContext.RequestAborted;

    /// <summary>The menu's "Teammøde": the user's first ACT team.</summary>
    [HttpGet("teammoede")]
    public async Task<IActionResult> Mine()
    {
        var teams = await queries.MyActTeamsAsync(Ct);
        return teams.Count == 0 ? View("NoActTeam") : Redirect($"/act/teams/{teams[0].Id}/teammoeder");
    }

    [HttpGet("teams/{teamId:guid}/teammoeder")]
    public async Task<IActionResult> Index(MemberTeam team)
        => await OverviewAsync(await queries.OverviewAsync(team, Ct), null, null);

    [HttpPost("teams/{teamId:guid}/teammoeder/ny")]
    public async Task<IActionResult> Plan(LedTeam team, [FromForm(Name = "Plan")] TeamMeetingPlanInput input)
    {
        var result = ModelState.IsValid ? await meetings.PlanAsync(team, null, input, Ct) : null;
        if (result is not null && ModelState.AddErrors(result, "Plan"))
        {
            TempData["Status"] = "Teammødet er planlagt.";
            return Redirect($"/act/teams/{team.Id}/teammoeder/{result.Value}");
        }
        return await OverviewAsync(await queries.OverviewAsync(team, Ct), input, null);
    }

    [HttpPost("teams/{teamId:guid}/teammoeder/indstillinger")]
    public async Task<IActionResult> Settings(LedTeam team, [FromForm(Name = "Settings")] ActTeamSettingsInput input)
    {
        var result = ModelState.IsValid ? await meetings.SaveSettingsAsync(team, input, Ct) : null;
        if (result is not null && ModelState.AddErrors(result, "Settings"))
        {
            TempData["Status"] = "Teamets mødeindstillinger er gemt.";
            return Redirect($"/act/teams/{team.Id}/teammoeder");
        }
        return await OverviewAsync(await queries.OverviewAsync(team, Ct), null, input);
    }

    [HttpGet("teams/{teamId:guid}/teammoeder/{meetingId:guid}")]
    public async Task<IActionResult> Meeting(MemberTeam team, [FromRoute] Guid meetingId)
        => await queries.MeetingAsync(team, meetingId, Ct) is { } m ? View("TeamMeeting", new TeamMeetingPage(m)) : NotFound();

    [HttpPost("teams/{teamId:guid}/teammoeder/{meetingId:guid}/plan")]
    public async Task<IActionResult> Replan(LedTeam team, [FromRoute] Guid meetingId, [FromForm(Name = "Plan")] TeamMeetingPlanInput input)
    {
        var result = ModelState.IsValid ? await meetings.PlanAsync(team, meetingId, input, Ct) : null;
        return await AfterAsync(team, meetingId, result?.Outcome, "Mødets tid og sted er gemt.", "Plan");
    }

    [HttpPost("teams/{teamId:guid}/teammoeder/{meetingId:guid}/dagsorden")]
    public async Task<IActionResult> AddToAgenda(LedTeam team, [FromRoute] Guid meetingId, [FromForm] Guid? citizenId)
    {
        var result = citizenId is { } id ? await meetings.AddToAgendaAsync(team, meetingId, id, Ct) : Result.Fail("Vælg en borger at sætte på dagsordenen.", "CitizenId");
        return await AfterAsync(team, meetingId, result, "Borgeren er sat på dagsordenen.", "", citizenId is { } c ? $"borger-{c}" : null);
    }

    [HttpPost("teams/{teamId:guid}/teammoeder/{meetingId:guid}/dagsorden/{citizenId:guid}/inviter")]
    public async Task<IActionResult> Invite(LedTeam team, [FromRoute] Guid meetingId, [FromRoute] Guid citizenId, [FromForm] bool invited)
        => await AfterAsync(team, meetingId, await meetings.InviteAsync(team, meetingId, citizenId, invited, Ct),
            invited ? "Borgeren er inviteret til mødet." : "Invitationen er taget tilbage.", "", $"borger-{citizenId}");

    [HttpPost("teams/{teamId:guid}/teammoeder/{meetingId:guid}/dagsorden/{citizenId:guid}/fjern")]
    public async Task<IActionResult> RemoveFromAgenda(LedTeam team, [FromRoute] Guid meetingId, [FromRoute] Guid citizenId)
        => await AfterAsync(team, meetingId, await meetings.RemoveFromAgendaAsync(team, meetingId, citizenId, Ct), "Borgeren er taget af dagsordenen.");

    [HttpPost("teams/{teamId:guid}/teammoeder/{meetingId:guid}/borgere/{citizenId:guid}")]
    public async Task<IActionResult> Review(MemberTeam team, [FromRoute] Guid meetingId, [FromRoute] Guid citizenId, [FromForm(Name = "Input")] TeamMeetingReviewInput input)
    {
        var result = ModelState.IsValid ? await meetings.ReviewAsync(team, meetingId, citizenId, input, Ct) : null;
        if (result is not null && ModelState.AddErrors(result, "Input"))
        {
            TempData["Status"] = result.Unchanged ? "Der var ingen ændringer i gennemgangen." : "Gennemgangen er gemt.";
            return Redirect($"/act/teams/{team.Id}/teammoeder/{meetingId}#borger-{citizenId}");
        }
        return await queries.MeetingAsync(team, meetingId, Ct) is { } m ? View("TeamMeeting", new TeamMeetingPage(m, citizenId)) : NotFound();
    }

    [HttpPost("teams/{teamId:guid}/teammoeder/{meetingId:guid}/afslut")]
    public async Task<IActionResult> Close(LedTeam team, [FromRoute] Guid meetingId, [FromForm(Name = "Close")] TeamMeetingCloseInput input)
        => await AfterAsync(team, meetingId, await meetings.CloseAsync(team, meetingId, input, Ct), "Mødet er afsluttet. Referatet kan udskrives.");

    /// <summary>The minutes (the agenda until it is closed) as print view or PDF; CPR numbers masked.</summary>
    [HttpGet("teams/{teamId:guid}/teammoeder/{meetingId:guid}/referat")]
    public async Task<IActionResult> Minutes(MemberTeam team, [FromRoute] Guid meetingId, [FromServices] PrintOutput output,
        [FromServices] IOptions<PrintOptions> options, bool pdf = false)
    {
        if (await queries.MeetingAsync(team, meetingId, Ct) is not { } m) return NotFound();
        await queries.RecordPrintAsync(m, pdf, Ct);
        var title = m.Closed ? "ACT-teammøde – referat" : "ACT-teammøde – dagsorden";
        var version = m.ClosedAt is { } at ? $"afsluttet {DanishFormat.Time(at)}" : "ikke afsluttet";
        var page = PrintPage.ForOrganisation(m.TeamName, title, version, options.Value.Municipality, pdf, Request.Path,
            $"/act/teams/{team.Id}/teammoeder/{meetingId}", clock.UtcNow);
        return await output.ViewOrPdfAsync(this, "~/Features/ActionPlans/PrintTeamMeeting.cshtml", page, new TeamMeetingPrint(m),
            PrintOutput.FileName($"Teammoede-{m.Date:yyyy-MM-dd}", null, clock.UtcNow));
    }

    /// <summary>After a command on the meeting page: back to it, or the page again with the Danish messages.</summary>
    private async Task<IActionResult> AfterAsync(LedTeam team, Guid meetingId, Result? result, string done, string prefix = "", string? anchor = null)
    {
        if (result is not null && ModelState.AddErrors(result, prefix))
        {
            TempData["Status"] = done;
            return Redirect($"/act/teams/{team.Id}/teammoeder/{meetingId}{(anchor is null ? "" : "#" + anchor)}");
        }
        return await queries.MeetingAsync(team, meetingId, Ct) is { } m ? View("TeamMeeting", new TeamMeetingPage(m)) : NotFound();
    }

    private Task<IActionResult> OverviewAsync(TeamMeetingsOverview? overview, TeamMeetingPlanInput? plan, ActTeamSettingsInput? settings)
    {
        if (overview is not { } o) return Task.FromResult<IActionResult>(NotFound());
        return Task.FromResult<IActionResult>(View("TeamMeetings", new TeamMeetingsPage(o,
            plan ?? new TeamMeetingPlanInput { Date = o.ProposedDate, StartsAt = new TimeOnly(9, 30) },
            settings ?? new ActTeamSettingsInput { Cadence = o.Cadence, ReviewEveryWeeks = o.ReviewEveryWeeks })));
    }
}
