using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Security;
using Caseload.Domain.Citizens;
using Caseload.Domain.Outreach;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Caseload.Application.Outreach;

public sealed record ReferralListRow(Guid Id, Guid CitizenId, string CitizenName, DateOnly ReceivedOn, ReferralSource Source, string ReferrerName,
    ReferralStatus Status, DateOnly? DecidedOn);

public sealed record ReferralTeamList(Guid TeamId, string TeamName, IReadOnlyList<(Guid Id, string Name)> MyOutreachTeams,
    IReadOnlyList<ReferralListRow> Open, IReadOnlyList<ReferralListRow> RecentlyDecided);

/// <param name="Name">As the picker shows it: the name and, in a referral's picker, the load.</param>
public sealed record WorkerOption(string UserId, string Name);

public sealed record ReferralView(ScopedCitizen Citizen, Guid Id, Guid Version, DateOnly ReceivedOn, ReferralSource Source, string ReferrerName,
    string? ReferrerContact, string Concern, string ReceivedBy, ReferralStatus Status, IReadOnlyList<string> Criteria, DateOnly? ScreenedOn,
    int? AgeAtScreening, string? PassedTo, DateOnly? DecidedOn, string? DecidedBy, string? DeclineReason, string? MaskedCpr, int? AgeFromCpr,
    AgeBand BandA, AgeBand BandB, IReadOnlyList<WorkerOption> Workers, DateOnly Today)
{
    public bool CprKnown => AgeFromCpr is not null;
    public int? Age => AgeFromCpr ?? AgeAtScreening;
    public ScreeningRecommendation Recommendation => ScreeningRule.Evaluate(Criteria, Age, BandA, BandB);
    public string RecommendationText => Recommendation.Danish(Age, BandA, BandB);
    public bool IsOpen => Status is ReferralStatus.Received or ReferralStatus.Screened;
}

/// <summary>Reads of referrals: the team's list and one referral with its screening form.</summary>
public sealed class ReferralQueries(IOutreachDbContext db, IAccessScope scope, IUserDirectory users, IDanishClock clock, IOptions<OutreachOptions> options,
    Courses.CourseService courses)
{
    public const int RecentDays = 60;

    /// <summary>The outreach teams the user belongs to, by name.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> MyOutreachTeamsAsync(CancellationToken ct = default)
    {
        var ids = await scope.TeamIdsAsync(ct);
        var teams = await db.Teams.AsNoTracking().Where(t => ids.Contains(t.Id) && t.Method == Domain.Teams.Method.Outreach)
            .OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(ct);
        return teams.Select(t => (t.Id, t.Name)).ToList();
    }

    /// <summary>Open referrals first (oldest first: they have waited longest), then those decided in the last 60 days.</summary>
    public async Task<ReferralTeamList> ForTeamAsync(MemberTeam team, IReadOnlyList<(Guid Id, string Name)> myTeams, CancellationToken ct = default)
    {
        var since = clock.Today.AddDays(-RecentDays);
        var rows = await db.Referrals.AsNoTracking()
            .Where(r => r.TeamId == team.Id && (r.Status == ReferralStatus.Received || r.Status == ReferralStatus.Screened || r.DecidedOn >= since))
            .Join(db.Citizens, r => r.CitizenId, c => c.Id, (r, c) => new ReferralListRow(r.Id, r.CitizenId, c.Name, r.ReceivedOn, r.Source,
                r.ReferrerName, r.Status, r.DecidedOn))
            .ToListAsync(ct);
        var name = myTeams.FirstOrDefault(t => t.Id == team.Id).Name ?? "";
        return new ReferralTeamList(team.Id, name, myTeams,
            rows.Where(r => r.Status is ReferralStatus.Received or ReferralStatus.Screened).OrderBy(r => r.ReceivedOn).ToList(),
            rows.Where(r => r.Status is ReferralStatus.Accepted or ReferralStatus.Declined).OrderByDescending(r => r.DecidedOn).ToList());
    }

    public async Task<ReferralView?> ReferralAsync(ScopedCitizen citizen, Guid referralId, CancellationToken ct = default)
    {
        var found = await db.Referrals.AsNoTracking()
            .Where(r => r.Id == referralId && r.CitizenId == citizen.Id && r.TeamId == citizen.TeamId)
            .Select(r => new { Referral = r, Cpr = db.Citizens.Where(c => c.Id == r.CitizenId).Select(c => c.Cpr).First() })
            .FirstOrDefaultAsync(ct);
        if (found is null) return null;
        var r = found.Referral;
        var workers = await courses.WorkersAsync(r.TeamId, ct); // active members, each with their load (issue #27 item 2)
        var names = r.DecidedBy is null ? new Dictionary<string, string>() : await users.NamesAsync([r.DecidedBy], ct);
        var today = clock.Today;
        var o = options.Value;
        return new ReferralView(citizen, r.Id, r.Version, r.ReceivedOn, r.Source, r.ReferrerName, r.ReferrerContact, r.Concern, r.ReceivedBy,
            r.Status, r.Criteria, r.ScreenedOn, r.AgeAtScreening, r.PassedTo, r.DecidedOn, r.DecidedBy is null ? null : names.GetValueOrDefault(r.DecidedBy),
            r.DeclineReason, found.Cpr is null ? null : CprNumber.MaskedOrMissing(found.Cpr),
            found.Cpr?.AgeOn(r.ScreenedOn ?? today), o.BandA, o.BandB,
            [.. workers.OrderBy(w => w.Name, StringComparer.CurrentCulture).Select(w => new WorkerOption(w.UserId, w.Label))], today);
    }

    /// <summary>The citizen's referrals, newest first (the citizen page's outreach section).</summary>
    public async Task<IReadOnlyList<ReferralListRow>> ForCitizenAsync(ScopedCitizen citizen, CancellationToken ct = default)
        => await db.Referrals.AsNoTracking().Where(r => r.CitizenId == citizen.Id && r.TeamId == citizen.TeamId)
            .OrderByDescending(r => r.ReceivedOn)
            .Select(r => new ReferralListRow(r.Id, r.CitizenId, citizen.Name, r.ReceivedOn, r.Source, r.ReferrerName, r.Status, r.DecidedOn))
            .ToListAsync(ct);
}
