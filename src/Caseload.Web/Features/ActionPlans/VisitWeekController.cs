using Caseload.Application.ActionPlans;
using Caseload.Application.Common.Time;
using Caseload.Application.Security;
using Caseload.Web.Hosting;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.ActionPlans;

/// <summary>The week view of an ACT team's shared visits ("Ugens besøg", ADR 0033): any member of the team — the leader or a
/// worker — sees who visits whom and plans or cancels a visit. Another team's week, or a team of another method, is 404.</summary>
[Authorize(Policy = Policies.CitizenRecords)]
[Route("act")]
public sealed class VisitWeekController(TeamVisitQueries queries, TeamVisitService visits, TeamMeetingQueries meetings, IDanishClock clock) : Controller
{
    private CancellationToken Ct => HttpContext.RequestAborted;

    /// <summary>The menu's "Ugens besøg": the user's first ACT team.</summary>
    [HttpGet("besoeg")]
    public async Task<IActionResult> Mine()
    {
        var teams = await meetings.MyActTeamsAsync(Ct);
        return teams.Count == 0 ? View("NoActTeamWeek") : Redirect($"/act/teams/{teams[0].Id}/besoeg");
    }

    [HttpGet("teams/{teamId:guid}/besoeg")]
    public async Task<IActionResult> Week(MemberTeam team, [FromQuery] string? uge, [FromQuery] Guid? borger, [FromQuery] string? dato)
    {
        var week = VisitWeek.Parse(uge);
        var notice = uge is not null && week is null ? $"Ugen «{Shorten(uge)}» findes ikke. Her er denne uge." : null;
        // A day cell's "+ Besøg" without script: the form filled with that citizen and day (an unknown one is ignored).
        var day = DateOnly.TryParseExact(dato, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
        return await PageAsync(team, week, null, notice, borger, day);
    }

    [HttpPost("teams/{teamId:guid}/besoeg")]
    public async Task<IActionResult> Plan(MemberTeam team, [FromForm(Name = "Visit")] TeamVisitInput input, [FromForm] string? uge)
    {
        var result = ModelState.IsValid ? await visits.PlanAsync(team, input, Ct) : null;
        if (result is not null && ModelState.AddErrors(result, "Visit"))
        {
            TempData["Status"] = "Besøget er planlagt.";
            return Redirect($"/act/teams/{team.Id}/besoeg?uge={VisitWeek.Of(input.Date!.Value)}#borger-{input.CitizenId}");
        }
        return await PageAsync(team, VisitWeek.Parse(uge), input, null);
    }

    [HttpPost("teams/{teamId:guid}/besoeg/{visitId:guid}/aflys")]
    public async Task<IActionResult> Cancel(MemberTeam team, [FromRoute] Guid visitId, [FromForm] string? uge)
    {
        var result = await visits.CancelAsync(team, visitId, Ct);
        if (ModelState.AddErrors(result))
        {
            TempData["Status"] = "Besøget er aflyst.";
            return Redirect($"/act/teams/{team.Id}/besoeg{(VisitWeek.Parse(uge) is { } w ? $"?uge={w}" : "")}");
        }
        return await PageAsync(team, VisitWeek.Parse(uge), null, null);
    }

    private async Task<IActionResult> PageAsync(MemberTeam team, VisitWeek? week, TeamVisitInput? input, string? notice, Guid? citizenId = null, DateOnly? chosenDay = null)
    {
        if (await queries.WeekAsync(team, week, Ct) is not { } view) return NotFound();
        var today = clock.Today;
        var day = view.Week.Contains(today) || view.Week.Sunday < today ? today : view.Week.Monday;
        string? chosen = null;
        if (input is null && view.Citizens.FirstOrDefault(c => c.CitizenId == citizenId) is { } citizen && chosenDay is { } cd && view.Week.Contains(cd) && cd >= today)
        {
            input = new TeamVisitInput { CitizenId = citizen.CitizenId, Date = cd, StartsAt = new TimeOnly(10, 0) };
            chosen = $"Planlæg besøg hos {citizen.Name} {Hosting.DanishFormat.Date(cd)}. Vælg medarbejder og tidspunkt.";
        }
        return View("VisitWeek", new VisitWeekPage(view, input ?? new TeamVisitInput { Date = day, StartsAt = new TimeOnly(10, 0) }, notice, chosen));
    }

    private static string Shorten(string text) => text.Length > 20 ? text[..20] + "…" : text;
}

/// <summary>The week view with the plan form (what was typed, after a refused post) and a notice (an unknown week asked for).</summary>
public sealed record VisitWeekPage(VisitWeekView Week, TeamVisitInput Visit, string? Notice, string? Chosen = null)
{
    public string Url => $"/act/teams/{Week.TeamId}/besoeg";
}
