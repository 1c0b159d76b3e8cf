using Caseload.Application.Common;
using Caseload.Application.Engines;
using Caseload.Domain.Teams;

namespace Caseload.Application.Cti;

/// <summary>CTI concerns a CTI team's citizens and anyone with a CTI course.</summary>
public sealed class CtiCitizens(ICtiDbContext db) : ICitizenEngineFilter
{
    public string Engine => CtiModule.Key;

    public IQueryable<Guid> CitizensConcerned()
        => db.CtiCourses.Select(c => c.CitizenId)
            .Concat(db.Citizens.Where(z => db.Teams.Any(t => t.Id == z.TeamId && t.Method == Method.Cti)).Select(z => z.Id));
}
