using Caseload.Application.ActionPlans;
using Caseload.Application.Security;
using Caseload.Web.Hosting;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.ActionPlans;

/// <summary>The ACT action plan: one page, the form itself, with the revision dates; reads are audited.</summary>
[Authorize(Policy = Policies.CitizenRecords)]
[Route("borgere/{id:guid}/indsatsplan")]
public sealed class ActionPlansController(ActionPlanService plans) : Controller
{
    public const int BlankRows = 2;

    private CancellationToken Ct => HttpContext.RequestAborted;

    [HttpGet("")]
    public async Task<IActionResult> Plan([OpensRecord("Handleplan")] ScopedCitizen citizen)
    {
        var view = await plans.PlanAsync(citizen, Ct);
        return View("Plan", new ActionPlanPage(view with { Input = WithBlankRows(view.Input) }));
    }

    [HttpPost("")]
    public async Task<IActionResult> Plan(ScopedCitizen citizen, [FromForm(Name = "Input")] ActionPlanInput input)
    {
        var result = ModelState.IsValid ? await plans.SaveAsync(citizen, input, Ct) : null;
        if (result is not null && ModelState.AddErrors(result, "Input"))
        {
            TempData["Status"] = result.Unchanged ? "Der var ingen ændringer, så indsatsplanen er ikke gemt som en ny revision." : "Indsatsplanen er gemt som en ny revision.";
            return Redirect($"/borgere/{citizen.Id}/indsatsplan");
        }
        var view = await plans.PlanAsync(citizen, Ct);
        Shared.ConflictPanelModel? conflict = null;
        if (result?.IsConflict == true)
        {
            // Side by side with the saved revision; the form now carries it, so saving again makes a new revision knowingly.
            var latest = view.Revisions.Count > 0 ? view.Revisions[0] : null;
            conflict = Shared.ConflictPanelModel.Between(ActionPlanPage.Fields(input), ActionPlanPage.Fields(view.Input), latest?.SavedBy, latest?.SavedAt);
            input.Version = view.Input.Version;
            ModelState.Remove("Input.Version");
        }
        return View("Plan", new ActionPlanPage(view with { Input = WithBlankRows(input) }, conflict));
    }

    private static ActionPlanInput WithBlankRows(ActionPlanInput input)
    {
        Shared.FormRows.WithBlanks(input.Goals, g => g.Id == Guid.Empty && string.IsNullOrWhiteSpace(g.Goal), () => new PlanGoalInput(), BlankRows);
        return input;
    }
}
