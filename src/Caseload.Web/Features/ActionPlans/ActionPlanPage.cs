using Caseload.Application.ActionPlans;
using Caseload.Domain.ActionPlans;
using Caseload.Web.Features.Shared;

namespace Caseload.Web.Features.ActionPlans;

/// <summary>The action plan form, and after a conflicting save the differences from the saved revision.
/// <see cref="Input"/> forwards, so the form's field names stay "Input.…".</summary>
public sealed record ActionPlanPage(ActionPlanView Plan, ConflictPanelModel? Conflict = null)
{
    public ActionPlanInput Input => Plan.Input;

    public static IEnumerable<DocumentField> Fields(ActionPlanInput i)
    {
        for (var k = 0; k < i.Goals.Count; k++)
        {
            var g = i.Goals[k];
            var key = DocumentText.RowKey(g.Id, k);
            var stem = $"Mål «{DocumentText.Brief(g.Goal)}»";
            yield return new(key + "Area", $"{stem}: livsområde", g.Area?.Danish());
            yield return new(key + "CitizensWords", $"{stem}: borgerens egne ord", g.CitizensWords);
            yield return new(key + "Goal", $"{stem}: mål", g.Goal);
            yield return new(key + "Actions", $"{stem}: handlinger", g.Actions);
            yield return new(key + "WhoInTeam", $"{stem}: hvem i teamet", g.WhoInTeam);
            yield return new(key + "When", $"{stem}: hvornår", g.When);
            yield return new(key + "Resources", $"{stem}: det er jeg god til / det hjælper mig", g.Resources);
            yield return new(key + "FollowUpOn", $"{stem}: opfølgning", DocumentText.Date(g.FollowUpOn));
            yield return new(key + "Status", $"{stem}: status", g.Status?.Danish());
            yield return new(key + "Declined", $"{stem}: borgeren har sagt nej", g.Declined ? "Ja" : null);
        }
        yield return new("CitizensView", "Borgerens syn på planen", i.CitizensView);
    }
}
