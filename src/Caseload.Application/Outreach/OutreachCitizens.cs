using System.Linq.Expressions;
using Caseload.Application.Common;
using Caseload.Application.Engines;
using Caseload.Domain.Citizens;
using Caseload.Domain.Teams;

namespace Caseload.Application.Outreach;

/// <summary>Outreach concerns an outreach team's citizens and anyone with a referral.</summary>
public sealed class OutreachCitizens(IOutreachDbContext db) : ICitizenEngineFilter
{
    public string Engine => OutreachModule.Key;

    public Expression<Func<Citizen, bool>> Concerns()
        => z => db.Referrals.Any(x => x.CitizenId == z.Id) || db.Teams.Any(t => t.Id == z.TeamId && t.Method == Method.Outreach);
}
