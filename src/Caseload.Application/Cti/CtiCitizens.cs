using System.Linq.Expressions;
using Caseload.Application.Common;
using Caseload.Application.Engines;
using Caseload.Domain.Citizens;
using Caseload.Domain.Teams;

namespace Caseload.Application.Cti;

/// <summary>CTI concerns a CTI team's citizens and anyone with a CTI course.</summary>
public sealed class CtiCitizens(ICtiDbContext db) : ICitizenEngineFilter
{
    public string Engine => CtiModule.Key;

    public Expression<Func<Citizen, bool>> Concerns()
        => z => db.CtiCourses.Any(x => x.CitizenId == z.Id) || db.Teams.Any(t => t.Id == z.TeamId && t.Method == Method.Cti);
}
