using Caseload.Application.Common;
using Caseload.Application.Courses;
using Caseload.Domain.Citizens;
using Caseload.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Security;

public sealed class AccessScope(ICaseloadDbContext db, ICurrentUser user) : IAccessScope
{
    private IReadOnlyList<Guid>? _teamIds;
    private IReadOnlyList<Guid>? _ledTeamIds;
    // Per request: the citizen page's sections and the layout's outreach-worker line ask for the same citizen.
    private readonly Dictionary<Guid, ScopedCitizen?> _citizens = [];

    public async Task<IReadOnlyList<Guid>> TeamIdsAsync(CancellationToken ct = default)
    {
        if (_teamIds is not null) return _teamIds;
        if (user.UserId is null) return _teamIds = [];
        return _teamIds = await db.TeamMembers.AsNoTracking()
            .Where(m => m.UserId == user.UserId)
            .Select(m => m.TeamId)
            .Distinct()
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<Guid>> LedTeamIdsAsync(CancellationToken ct = default)
    {
        if (_ledTeamIds is not null) return _ledTeamIds;
        if (user.UserId is null) return _ledTeamIds = [];
        return _ledTeamIds = await db.TeamMembers.AsNoTracking()
            .Where(m => m.UserId == user.UserId && m.Role == TeamRole.Leader)
            .Select(m => m.TeamId)
            .OrderBy(id => id)
            .ToListAsync(ct);
    }

    public async Task<IQueryable<Citizen>> CitizensAsync(CancellationToken ct = default)
    {
        var teamIds = await TeamIdsAsync(ct);
        return db.Citizens.Where(c => teamIds.Contains(c.TeamId));
    }

    public async Task<ScopedCitizen?> CitizenAsync(Guid citizenId, CancellationToken ct = default)
    {
        if (_citizens.TryGetValue(citizenId, out var known)) return known;
        return _citizens[citizenId] = await LoadCitizenAsync(citizenId, ct);
    }

    private async Task<ScopedCitizen?> LoadCitizenAsync(Guid citizenId, CancellationToken ct)
    {
        var me = user.UserId ?? "";
        var found = await (await CitizensAsync(ct)).AsNoTracking()
            .Where(c => c.Id == citizenId)
            .Select(c => new
            {
                c.Id, c.TeamId, c.Name,
                Assigned = db.Courses.Active().InvolvingUser(me).Any(k => k.CitizenId == c.Id),
                OutreachWorker = db.Courses.Active().Where(k => k.CitizenId == c.Id && k.Method == Method.Outreach)
                    .Select(k => k.PrimaryWorkerId).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);
        if (found is null) return null;
        var leads = (await LedTeamIdsAsync(ct)).Contains(found.TeamId);
        return new ScopedCitizen(found.Id, found.TeamId, found.Name, found.Assigned, leads, found.OutreachWorker);
    }

    public async Task<LedCourse?> LedCourseAsync(Guid courseId, CancellationToken ct = default)
    {
        var led = await LedTeamIdsAsync(ct);
        var course = await db.Courses.AsNoTracking()
            .Where(c => c.Id == courseId && led.Contains(c.TeamId))
            .Select(c => new { c.Id, c.CitizenId, c.TeamId })
            .FirstOrDefaultAsync(ct);
        return course is null ? null : new LedCourse(course.Id, course.CitizenId, course.TeamId);
    }

    public async Task<LedTeam?> LedTeamAsync(Guid? teamId, CancellationToken ct = default)
    {
        var led = await LedTeamIdsAsync(ct);
        if (teamId is null) return led.Count == 0 ? null : new LedTeam(led[0]);
        return led.Contains(teamId.Value) ? new LedTeam(teamId.Value) : null;
    }

    public async Task<MemberTeam?> MemberTeamAsync(Guid teamId, CancellationToken ct = default)
        => (await TeamIdsAsync(ct)).Contains(teamId) ? new MemberTeam(teamId) : null;
}
