using Caseload.Application.Common;
using Caseload.Application.Engines;
using Caseload.Domain.Teams;

namespace Caseload.Application.ActionPlans;

/// <summary>ACT concerns an ACT team's citizens and anyone with an action plan.</summary>
public sealed class ActCitizens(IActDbContext db) : ICitizenEngineFilter
{
    public string Engine => ActModule.Key;

    public IQueryable<Guid> CitizensConcerned()
        => db.ActionPlans.Select(p => p.CitizenId)
            .Concat(db.Citizens.Where(z => db.Teams.Any(t => t.Id == z.TeamId && t.Method == Method.Act)).Select(z => z.Id));
}
