using Caseload.Application.Common;
using Caseload.Application.Engines;
using Caseload.Domain.Teams;

namespace Caseload.Application.Outreach;

/// <summary>Outreach concerns an outreach team's citizens and anyone with a referral.</summary>
public sealed class OutreachCitizens(IOutreachDbContext db) : ICitizenEngineFilter
{
    public string Engine => OutreachModule.Key;

    public IQueryable<Guid> CitizensConcerned()
        => db.Referrals.Select(r => r.CitizenId)
            .Concat(db.Citizens.Where(z => db.Teams.Any(t => t.Id == z.TeamId && t.Method == Method.Outreach)).Select(z => z.Id));
}
