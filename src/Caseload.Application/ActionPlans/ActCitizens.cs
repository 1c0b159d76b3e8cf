using System.Linq.Expressions;
using Caseload.Application.Common;
using Caseload.Application.Engines;
using Caseload.Domain.Citizens;
using Caseload.Domain.Teams;

namespace Caseload.Application.ActionPlans;

/// <summary>ACT concerns an ACT team's citizens and anyone with an action plan.</summary>
public sealed class ActCitizens(IActDbContext db) : ICitizenEngineFilter
{
    public string Engine => ActModule.Key;

    public Expression<Func<Citizen, bool>> Concerns()
        => z => db.ActionPlans.Any(x => x.CitizenId == z.Id) || db.Teams.Any(t => t.Id == z.TeamId && t.Method == Method.Act);
}
