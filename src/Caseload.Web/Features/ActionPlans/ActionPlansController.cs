using Caseload.Application.ActionPlans;
using Caseload.Application.Citizens;
using Caseload.Application.Security;
using Caseload.Web.Hosting;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.ActionPlans;

/// <summary>The ACT action plan: one page, the form itself, with the revision dates; reads are audited.</summary>
[Authorize(Policy = Policies.CitizenRecords)]
[Route("borgere/{id:guid}/indsatsplan")]
public sealed class ActionPlansController(CitizenQueries citizens, IAccessScope scope, ActionPlanService plans) : Controller
{
    public const int BlankRows = 2;

    private CancellationToken Ct => HttpContext.RequestAborted;

    [HttpGet("")]
    public async Task<IActionResult> Plan([FromRoute] Guid id)
    {
        var citizen = await citizens.OpenAsync(id, Ct);
        if (citizen is null) return NotFound();
        var view = await plans.PlanAsync(citizen, Ct);
        return View("Plan", view with { Input = WithBlankRows(view.Input) });
    }

    [HttpPost("")]
    public async Task<IActionResult> Plan([FromRoute] Guid id, [FromForm(Name = "Input")] ActionPlanInput input)
    {
        var citizen = await scope.CitizenAsync(id, Ct);
        if (citizen is null) return NotFound();
        if (ModelState.IsValid && ModelState.AddErrors(await plans.SaveAsync(citizen, input, Ct), "Input"))
        {
            TempData["Status"] = "Indsatsplanen er gemt som en ny revision.";
            return Redirect($"/borgere/{id}/indsatsplan");
        }
        return View("Plan", (await plans.PlanAsync(citizen, Ct)) with { Input = WithBlankRows(input) });
    }

    private static ActionPlanInput WithBlankRows(ActionPlanInput input)
    {
        Shared.FormRows.WithBlanks(input.Goals, g => g.Id == Guid.Empty && string.IsNullOrWhiteSpace(g.Goal), () => new PlanGoalInput(), BlankRows);
        return input;
    }
}
