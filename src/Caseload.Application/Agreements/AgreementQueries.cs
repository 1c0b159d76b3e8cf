using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Engines;
using Caseload.Application.Security;
using Caseload.Domain.Agreements;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Agreements;

public sealed record AgreementListRow(Guid Id, DateOnly MadeOn, DateOnly? NextFollowUpOn);

/// <summary><see cref="SavedBy"/> (a user id) and <see cref="SavedAt"/>: the last save, for the conflict view.</summary>
public sealed record AgreementView(ScopedCitizen Citizen, Guid? Id, Guid Version, int? Age, DateOnly Today, AgreementInput Input,
    string? SavedBy = null, DateTime? SavedAt = null)
{
    public bool MayChange => Citizen.MayChangeCourseWork;
}

/// <summary>Reads of a cooperation agreement as its form (the citizen page's list: <c>Documents.CitizenDocuments</c>).</summary>
public sealed class AgreementQueries(ICaseloadDbContext db, IDanishClock clock, IEnumerable<ICitizenAgeSource> ages)
{
    /// <summary>The agreement as its form (a blank one dated today when <paramref name="agreementId"/> is null); null when it is not the citizen's.</summary>
    public async Task<AgreementView?> AgreementAsync(ScopedCitizen citizen, Guid? agreementId, CancellationToken ct = default)
    {
        var today = clock.Today;
        var cpr = await db.Citizens.AsNoTracking().Where(c => c.Id == citizen.Id).Select(c => c.Cpr).FirstAsync(ct);
        var age = cpr?.AgeOn(today);
        // Without a CPR number, the age an engine recorded (the screening form's) rather than "not stated".
        foreach (var source in ages)
            age ??= await source.AgeAsync(citizen, today, ct);
        if (agreementId is null) return new AgreementView(citizen, null, Guid.Empty, age, today, new AgreementInput { MadeOn = today });
        var a = await db.CooperationAgreements.AsNoTracking().FirstOrDefaultAsync(x => x.Id == agreementId && x.CitizenId == citizen.Id, ct);
        return a is null ? null : new AgreementView(citizen, a.Id, a.Version, age, today, InputOf(a), a.UpdatedBy ?? a.CreatedBy, a.UpdatedAt ?? a.CreatedAt);
    }

    public static AgreementInput InputOf(CooperationAgreement a) => new()
    {
        MadeOn = a.MadeOn, Place = a.Place, Present = a.Present, CurrentSituation = a.CurrentSituation, Goals = a.Goals,
        ObstaclesCitizen = a.ObstaclesCitizen, ObstaclesWorker = a.ObstaclesWorker, WhatHelps = a.WhatHelps,
        Rows = [.. a.Rows.Select(r => new AgreementRowInput
        {
            Id = r.Id, Goal = r.Goal, ActionsCitizen = r.ActionsCitizen, ActionsWorker = r.ActionsWorker, FollowUpOn = r.FollowUpOn,
            Reached = r.Reached, WentWell = r.WentWell, WentLessWell = r.WentLessWell,
        })],
        Coordination = a.Coordination, TasksCoordination = a.TasksCoordination, TasksAuthority = a.TasksAuthority, TasksOther = a.TasksOther,
        FollowUpOn = a.FollowUpOn, FollowUpStatus = a.FollowUpStatus, NeedsNewGoals = a.NeedsNewGoals, Version = a.Version,
    };
}
