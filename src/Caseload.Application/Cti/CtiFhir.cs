using Caseload.Application.Fhir;
using Caseload.Domain.Cti;
using Microsoft.EntityFrameworkCore;
using R4 = Hl7.Fhir.Model;

namespace Caseload.Application.Cti;

/// <summary>The CTI course in the FHIR export (ADR 0053): the long-term plan as a CarePlan over the course (from phase 1's start, to
/// its end), its goals as Goals, and every measurement point's WHO-5 score (0–100) as an Observation on the measurement's date.
/// The other answers (life situation, housing, substance use, readiness) have no agreed code and stay in Caseload.</summary>
public sealed class CtiFhir(ICtiDbContext db) : IFhirContributor
{
    public async Task ContributeAsync(FhirExportContext export, CancellationToken ct)
    {
        if (!export.Citizen.Engines.Contains(CtiModule.Key)) return;
        var courses = await db.CtiCourses.AsNoTracking().Include(c => c.Goals).Include(c => c.Measurements)
            .Where(c => c.CitizenId == export.Citizen.Id).OrderBy(c => c.ContactPeriodStart).ToListAsync(ct);
        foreach (var course in courses)
        {
            var goals = course.Goals.Select(g => export.Add(g.Id.ToString(), Goal(export.Patient, g))).ToList();
            var status = course.Stage switch
            {
                CtiStage.Completed => R4.RequestStatus.Completed,
                CtiStage.Interrupted => R4.RequestStatus.Revoked,
                _ => R4.RequestStatus.Active,
            };
            export.Add(course.Id.ToString(), FhirCodes.CarePlan(export.Patient, "CTI – langsigtet plan", status, course.PhaseStart ?? course.ContactPeriodStart,
                course.EndedOn, goals));
            foreach (var m in course.Measurements.OrderBy(m => m.Date))
                export.Add(m.Id.ToString(), FhirCodes.Who5Observation(export.Patient, m.Who5Score, m.Date, $"CTI-måling: {m.Point.Danish()}"));
        }
    }

    public static R4.Goal Goal(R4.ResourceReference patient, CtiGoal goal) => goal.Status switch
    {
        GoalStatus.NotStarted => FhirCodes.Goal(patient, goal.Goal, R4.Goal.GoalLifecycleStatus.Planned, null, goal.Status.Danish()),
        GoalStatus.InProgress => FhirCodes.Goal(patient, goal.Goal, R4.Goal.GoalLifecycleStatus.Active, "in-progress", goal.Status.Danish()),
        GoalStatus.Achieved => FhirCodes.Goal(patient, goal.Goal, R4.Goal.GoalLifecycleStatus.Completed, "achieved", goal.Status.Danish()),
        _ => FhirCodes.Goal(patient, goal.Goal, R4.Goal.GoalLifecycleStatus.Cancelled, "not-achieved", goal.Status.Danish()),
    };
}
