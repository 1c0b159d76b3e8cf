using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Security;
using Caseload.Domain.Agreements;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Agreements;

/// <summary>Cooperation agreements: made and updated with the citizen by the citizen's workers or the team leader.</summary>
public sealed class AgreementService(ICaseloadDbContext db, IDanishClock clock, CommandRunner commands, IValidator<AgreementInput> validator)
{
    public const string NotYoursMessage = "Kun borgerens medarbejdere og teamlederen kan ændre samarbejdsaftalen.";


    /// <summary>A new agreement (<paramref name="agreementId"/> null) or an update of one of the citizen's own.</summary>
    public Task<Result<Guid>> SaveAsync(ScopedCitizen citizen, Guid? agreementId, AgreementInput input, CancellationToken ct = default)
        => commands.RunAsync(validator, input, async token =>
        {
            if (!citizen.MayChangeCourseWork) return Result.Forbidden(NotYoursMessage);
            CooperationAgreement? agreement;
            if (agreementId is { } id)
            {
                agreement = await db.CooperationAgreements.FirstOrDefaultAsync(a => a.Id == id && a.CitizenId == citizen.Id, token);
                if (agreement is null) return Result.NotFound("Samarbejdsaftalen findes ikke længere. Genindlæs siden.");
                commands.Expect(agreement, input.Version);
            }
            else db.CooperationAgreements.Add(agreement = new CooperationAgreement(citizen.Id, citizen.TeamId));
            // Numbered across the citizen's agreements, so a confirmation on /mig names one agreement as it stood (ADR 0048 addendum).
            var latest = await db.CooperationAgreements.Where(a => a.CitizenId == citizen.Id).MaxAsync(a => (int?)a.SavedVersion, token) ?? 0;
            agreement.Update(input.MadeOn!.Value, input.Place, input.Present, input.CurrentSituation, input.Goals, input.ObstaclesCitizen,
                input.ObstaclesWorker, input.WhatHelps,
                input.Rows.Select(r => new AgreementRow(r.Id, r.Goal ?? "", r.ActionsCitizen, r.ActionsWorker, r.FollowUpOn, r.Reached ?? GoalReached.NotYet,
                    r.WentWell, r.WentLessWell)),
                input.Coordination, input.TasksCoordination, input.TasksAuthority, input.TasksOther, input.FollowUpOn, input.FollowUpStatus,
                input.NeedsNewGoals, clock.Today, latest);
            return Result.Success(agreement.Id);
        }, ct);
}
