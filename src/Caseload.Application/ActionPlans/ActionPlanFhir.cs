using Caseload.Application.Fhir;
using Caseload.Domain.ActionPlans;
using Microsoft.EntityFrameworkCore;
using R4 = Hl7.Fhir.Model;

namespace Caseload.Application.ActionPlans;

/// <summary>The ACT action plan in the FHIR export (ADR 0053): one CarePlan ("ACT-indsatsplan", from its first save) with a Goal per
/// goal in the citizen's words, its life area as category. A part the citizen declined is a rejected goal, kept visible.</summary>
public sealed class ActionPlanFhir(IActDbContext db, Common.Time.IDanishClock clock) : IFhirContributor
{
    public async Task ContributeAsync(FhirExportContext export, CancellationToken ct)
    {
        if (!export.Citizen.Engines.Contains(ActModule.Key)) return;
        var plan = await db.ActionPlans.AsNoTracking().Where(p => p.CitizenId == export.Citizen.Id)
            .Select(p => new { p.Id, p.GoalsJson, First = p.Revisions.Min(r => (DateTime?)r.SavedAt) }).FirstOrDefaultAsync(ct);
        if (plan is null) return;
        var goals = Domain.Common.JsonRows.Read<PlanGoal>(plan.GoalsJson).Select(g => export.Add(g.Id.ToString(), Goal(export.Patient, g))).ToList();
        DateOnly? start = plan.First is { } first ? clock.DateOf(first) : null;
        export.Add(plan.Id.ToString(), FhirCodes.CarePlan(export.Patient, "ACT-indsatsplan", R4.RequestStatus.Active, start, null, goals));
    }

    public static R4.Goal Goal(R4.ResourceReference patient, PlanGoal goal)
    {
        var area = FhirCodes.Concept(FhirCodes.LifeArea, Code(goal.Area), goal.Area.Danish());
        if (goal.Declined) return FhirCodes.Goal(patient, goal.Goal, R4.Goal.GoalLifecycleStatus.Rejected, null, "Borgeren har sagt nej til denne del", area);
        return goal.Status switch
        {
            PlanGoalStatus.NotStarted => FhirCodes.Goal(patient, goal.Goal, R4.Goal.GoalLifecycleStatus.Planned, null, goal.Status.Danish(), area),
            PlanGoalStatus.InProgress => FhirCodes.Goal(patient, goal.Goal, R4.Goal.GoalLifecycleStatus.Active, "in-progress", goal.Status.Danish(), area),
            PlanGoalStatus.Reached => FhirCodes.Goal(patient, goal.Goal, R4.Goal.GoalLifecycleStatus.Completed, "achieved", goal.Status.Danish(), area),
            _ => FhirCodes.Goal(patient, goal.Goal, R4.Goal.GoalLifecycleStatus.OnHold, null, goal.Status.Danish(), area),
        };
    }

    public static string Code(LifeArea area) => area switch
    {
        LifeArea.SubstanceUse => "substance-use",
        LifeArea.MentalHealth => "mental-health",
        LifeArea.PhysicalHealth => "physical-health",
        LifeArea.SocialNetwork => "social-network",
        LifeArea.Finances => "finances",
        LifeArea.Housing => "housing",
        _ => "education-employment",
    };
}
