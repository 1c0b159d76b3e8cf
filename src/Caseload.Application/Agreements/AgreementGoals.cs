using Caseload.Application.Common;
using Caseload.Application.Fhir;
using Caseload.Domain.Agreements;
using Microsoft.EntityFrameworkCore;
using R4 = Hl7.Fhir.Model;

namespace Caseload.Application.Agreements;

/// <summary>The cooperation agreements in the FHIR export (ADR 0053): each agreement a CarePlan ("Samarbejdsaftale", from the day it
/// was made), each row of its agreements table a Goal in the citizen's words. The rows' other columns (actions, what went well)
/// are working text and stay in Caseload.</summary>
public sealed class AgreementGoals(ICaseloadDbContext db) : IFhirContributor
{
    public async Task ContributeAsync(FhirExportContext export, CancellationToken ct)
    {
        var agreements = await db.CooperationAgreements.AsNoTracking().Where(a => a.CitizenId == export.Citizen.Id)
            .OrderBy(a => a.MadeOn).Select(a => new { a.Id, a.MadeOn, a.RowsJson }).ToListAsync(ct);
        foreach (var agreement in agreements)
        {
            var rows = Domain.Common.JsonRows.Read<AgreementRow>(agreement.RowsJson);
            var goals = rows.Select(r => export.Add(r.Id.ToString(), Goal(export, r))).ToList();
            var status = rows.Count > 0 && rows.All(r => !r.IsOpen) ? R4.RequestStatus.Completed : R4.RequestStatus.Active;
            export.Add(agreement.Id.ToString(), FhirCodes.CarePlan(export.Patient, "Samarbejdsaftale", status, agreement.MadeOn, null, goals));
        }
    }

    public static R4.Goal Goal(FhirExportContext export, AgreementRow row) => row.Reached switch
    {
        GoalReached.Yes => FhirCodes.Goal(export.Patient, row.Goal, R4.Goal.GoalLifecycleStatus.Completed, "achieved", "Nået"),
        GoalReached.Partly => FhirCodes.Goal(export.Patient, row.Goal, R4.Goal.GoalLifecycleStatus.Active, "improving", "Delvist nået"),
        _ => FhirCodes.Goal(export.Patient, row.Goal, R4.Goal.GoalLifecycleStatus.Active, "in-progress", "Ikke nået endnu"),
    };
}
