using System.Security.Claims;
using Caseload.Application.Common.Time;
using Caseload.Application.Outreach;
using Caseload.Application.Security;
using Caseload.Web.Hosting;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Outreach;

/// <summary>Referrals to the outreach team (§2.3 steps 1–3): the team's list, a new referral, and one referral with its
/// screening form and decision. A referral's page lives under its citizen, so the citizen's scope covers it.</summary>
[Authorize(Policy = Policies.CitizenRecords)]
public sealed class ReferralsController(ReferralService referrals, ReferralQueries queries, IAccessScope scope,
    IDanishClock clock) : Controller
{
    private CancellationToken Ct => HttpContext.RequestAborted;

    [HttpGet("fs/henvendelser")]
    public async Task<IActionResult> Index([FromQuery] Guid? teamId)
    {
        var choice = await OutreachTeamChoice.MakeAsync(queries, scope, teamId, Ct);
        if (choice.NoTeams) return View("NoOutreachTeam");
        return choice.Team is null ? NotFound() : View(await queries.ForTeamAsync(choice.Team, choice.Mine, Ct));
    }

    [HttpGet("fs/henvendelser/ny")]
    public async Task<IActionResult> New([FromQuery] Guid? teamId)
    {
        var choice = await OutreachTeamChoice.MakeAsync(queries, scope, teamId, Ct);
        if (choice.NoTeams) return View("NoOutreachTeam");
        return choice.Team is null ? NotFound() : View("New", new NewReferralModel(FreshInput(), choice.Team.Id, choice.Mine));
    }

    [HttpPost("fs/henvendelser/ny")]
    public async Task<IActionResult> New([FromForm] MemberTeam team, [FromForm(Name = "Input")] ReferralInput input)
    {
        if (ModelState.IsValid)
        {
            var result = await referrals.CreateWithNewCitizenAsync(team, input, Ct);
            if (ModelState.AddErrors(result, "Input"))
            {
                TempData["Status"] = "Henvendelsen er registreret. Udfyld screeningsskemaet.";
                return Redirect($"/borgere/{result.Value!.CitizenId}/fs/henvendelser/{result.Value.ReferralId}");
            }
        }
        return View("New", new NewReferralModel(input, team.Id, await queries.MyOutreachTeamsAsync(Ct)));
    }

    [HttpGet("borgere/{id:guid}/fs/henvendelser/ny")]
    public async Task<IActionResult> NewForCitizen([OpensRecord("Ny henvisning")] ScopedCitizen citizen)
    {
        return citizen is null ? NotFound() : View("New", new NewReferralModel(FreshInput(), citizen.TeamId, [], citizen.Id, citizen.Name));
    }

    [HttpPost("borgere/{id:guid}/fs/henvendelser/ny")]
    public async Task<IActionResult> NewForCitizen(ScopedCitizen citizen, [FromForm(Name = "Input")] ReferralInput input)
    {
        if (ModelState.IsValid)
        {
            var result = await referrals.CreateAsync(citizen, input, Ct);
            if (ModelState.AddErrors(result, "Input"))
            {
                TempData["Status"] = "Henvendelsen er registreret. Udfyld screeningsskemaet.";
                return Redirect($"/borgere/{citizen.Id}/fs/henvendelser/{result.Value}");
            }
        }
        return View("New", new NewReferralModel(input, citizen.TeamId, [], citizen.Id, citizen.Name));
    }

    [HttpGet("borgere/{id:guid}/fs/henvendelser/{referralId:guid}")]
    public async Task<IActionResult> Show([OpensRecord("Henvisning")] ScopedCitizen citizen, [FromRoute] Guid referralId)
    {
        var view = await queries.ReferralAsync(citizen, referralId, Ct);
        if (view is null) return NotFound();
        return View("Referral", new ReferralPageModel(view,
            new ScreeningInput { Criteria = [.. view.Criteria], Age = view.AgeAtScreening, PassedTo = view.PassedTo, ScreenedOn = view.ScreenedOn ?? view.Today, Version = view.Version },
            new DecisionInput { DecidedOn = view.Today, Version = view.Version }));
    }

    [HttpPost("borgere/{id:guid}/fs/henvendelser/{referralId:guid}/screening")]
    public async Task<IActionResult> Screen(ScopedCitizen citizen, [FromRoute] Guid referralId, [FromForm(Name = "Screening")] ScreeningInput input)
    {
        if (ModelState.IsValid && ModelState.AddErrors(await referrals.ScreenAsync(citizen, referralId, input, Ct), "Screening"))
        {
            TempData["Status"] = "Screeningsskemaet er gemt. Træf afgørelsen nedenfor.";
            return Redirect($"/borgere/{citizen.Id}/fs/henvendelser/{referralId}#afgoerelse");
        }
        var view = await queries.ReferralAsync(citizen, referralId, Ct);
        return view is null ? NotFound() : View("Referral", new ReferralPageModel(view, input, new DecisionInput { DecidedOn = view.Today, Version = view.Version }));
    }

    [HttpPost("borgere/{id:guid}/fs/henvendelser/{referralId:guid}/afgoerelse")]
    public async Task<IActionResult> Decide(ScopedCitizen citizen, [FromRoute] Guid referralId, [FromForm(Name = "Ruling")] DecisionInput input)
    {
        if (ModelState.IsValid && ModelState.AddErrors(await referrals.DecideAsync(citizen, referralId, input, Ct), "Ruling"))
        {
            if (input.Decision == ReferralDecision.Accept)
            {
                TempData["Status"] = "Borgeren er visiteret, og forløbet er startet. Kontakt borgeren inden for 2 arbejdsdage.";
                return Redirect($"/borgere/{citizen.Id}/fs");
            }
            TempData["Status"] = "Henvendelsen er afvist og går retur til henviseren med begrundelsen.";
            return Redirect($"/borgere/{citizen.Id}/fs/henvendelser/{referralId}");
        }
        var view = await queries.ReferralAsync(citizen, referralId, Ct);
        return view is null ? NotFound() : View("Referral", new ReferralPageModel(view,
            new ScreeningInput { Criteria = [.. view.Criteria], Age = view.AgeAtScreening, PassedTo = view.PassedTo, ScreenedOn = view.ScreenedOn, Version = view.Version }, input));
    }

    private ReferralInput FreshInput() => new() { ReceivedOn = clock.Today, ReceivedBy = User.FindFirstValue("caseload:fullname") };
}
