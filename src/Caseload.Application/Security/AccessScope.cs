using System.Linq.Expressions;
using Caseload.Application.Common;
using Caseload.Application.Courses;
using Caseload.Application.Engines;
using Caseload.Domain.Citizens;
using Caseload.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Security;

public sealed class AccessScope(ICaseloadDbContext db, ICurrentUser user, SessionMemberships session, CitizenEngines engines,
    Api.ApiCaller? api = null) : IAccessScope
{
    // Per request: every page asks for the user's teams, most ask which of them the user leads; one query answers both.
    private (IReadOnlyList<Guid> All, IReadOnlyList<Guid> Led, IReadOnlyDictionary<Guid, Method> Methods)? _teams;
    // Per request: the citizen page's sections and the layout's outreach-worker line ask for the same citizen.
    private readonly Dictionary<Guid, ScopedCitizen?> _citizens = [];

    public async Task<IReadOnlyList<Guid>> TeamIdsAsync(CancellationToken ct = default) => (await TeamsAsync(ct)).All;

    public async Task<IReadOnlyList<Guid>> LedTeamIdsAsync(CancellationToken ct = default) => (await TeamsAsync(ct)).Led;

    public async Task<IReadOnlySet<Method>> TeamMethodsAsync(CancellationToken ct = default) => (await TeamsAsync(ct)).Methods.Values.ToHashSet();

    public async Task<Method?> TeamMethodOfAsync(ScopedCitizen citizen, CancellationToken ct = default)
        => (await TeamsAsync(ct)).Methods.TryGetValue(citizen.TeamId, out var method) ? method : null;

    private async Task<(IReadOnlyList<Guid> All, IReadOnlyList<Guid> Led, IReadOnlyDictionary<Guid, Method> Methods)> TeamsAsync(CancellationToken ct)
    {
        if (_teams is { } known) return known;
        if (user.UserId is null) return (_teams = ([], [], new Dictionary<Guid, Method>())).Value;
        // A system signed in to the API (ADR 0049) reads the teams its administrator granted, and leads none; revoked: none.
        if (Api.ApiClientActor.ClientIdOf(user.UserId) is not null)
        {
            var granted = api is null ? null : await api.GrantAsync(ct);
            var ids = granted?.TeamIds ?? [];
            var methods = ids.Count == 0 ? new Dictionary<Guid, Method>()
                : await db.Teams.AsNoTracking().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Method, ct);
            return (_teams = ([.. methods.Keys], [], methods)).Value;
        }
        var memberships = session.Of(user.UserId) ?? await (
                from m in db.TeamMembers.AsNoTracking()
                where m.UserId == user.UserId
                join t in db.Teams on m.TeamId equals t.Id
                select new TeamMembership(m.TeamId, m.Role, t.Method))
            .ToListAsync(ct);
        IReadOnlyList<Guid> all = memberships.Select(m => m.TeamId).Distinct().ToList();
        IReadOnlyList<Guid> led = memberships.Where(m => m.Role == TeamRole.Leader).Select(m => m.TeamId).Distinct()
            .OrderBy(id => id.ToString()).ToList(); // as the database orders them (SQLite text, PostgreSQL uuid): "first led team" stays the same
        return (_teams = (all, led, memberships.DistinctBy(m => m.TeamId).ToDictionary(m => m.TeamId, m => m.Method))).Value;
    }

    public async Task<IQueryable<Citizen>> CitizensAsync(CancellationToken ct = default)
    {
        var teamIds = await TeamIdsAsync(ct);
        // An anonymised stub (retention, ADR 0052) is no one's record any more: out of every scope, so its pages answer 404.
        return db.Citizens.Where(c => teamIds.Contains(c.TeamId) && c.AnonymisedAt == null);
    }

    public async Task<ScopedCitizen?> CitizenAsync(Guid citizenId, CancellationToken ct = default)
    {
        if (_citizens.TryGetValue(citizenId, out var known)) return known;
        return _citizens[citizenId] = await LoadCitizenAsync(citizenId, ct);
    }

    public async Task<ScopedCitizen?> InsightRequestAsync(CprNumber cpr, CancellationToken ct = default)
    {
        if (!user.IsInRole(Roles.Administrator)) return null;
        var found = await db.Citizens.AsNoTracking()
            .Where(c => c.Cpr == cpr && c.AnonymisedAt == null)
            .Select(c => new { c.Id, c.TeamId, c.Name })
            .FirstOrDefaultAsync(ct);
        // Not assigned, not leading: the handle opens the insight package (InsightService.MayProduce: administrators) and
        // nothing that asks for the team's roles.
        return found is null ? null : new ScopedCitizen(found.Id, found.TeamId, found.Name, assignedToMe: false, leadsTeam: false);
    }

    private OwnCitizen? _own;

    public async Task<OwnCitizen?> OwnCitizenAsync(CancellationToken ct = default)
    {
        if (_own is not null) return _own;
        if (CitizenPortal.CitizenActor.CitizenIdOf(user.UserId) is not { } id) return null;
        var found = await db.Citizens.AsNoTracking()
            .Where(c => c.Id == id && db.CitizenAccesses.Any(a => a.CitizenId == c.Id && a.RevokedAt == null))
            .Select(c => new { c.Id, c.TeamId, c.Name })
            .FirstOrDefaultAsync(ct);
        return _own = found is null ? null : new OwnCitizen(found.Id, found.TeamId, found.Name);
    }

    private async Task<ScopedCitizen?> LoadCitizenAsync(Guid citizenId, CancellationToken ct)
    {
        var me = user.UserId ?? "";
        Expression<Func<Citizen, CitizenRow>> row = c => new CitizenRow
        {
            Id = c.Id, TeamId = c.TeamId, Name = c.Name,
            Assigned = db.Courses.Active().InvolvingUser(me).Any(k => k.CitizenId == c.Id),
            Workers = db.Courses.Active().Where(k => k.CitizenId == c.Id).Select(k => new WorkerRow(k.Method, k.PrimaryWorkerId)).ToList(),
            UnseenByMe = db.Courses.Active().Any(k => k.CitizenId == c.Id && k.PrimaryWorkerId == me && !k.SeenByPrimaryWorker),
        };
        var found = await (await CitizensAsync(ct)).AsNoTracking()
            .Where(c => c.Id == citizenId)
            .Select(WithEngines(row))
            .FirstOrDefaultAsync(ct);
        if (found is null) return null;
        var leads = (await LedTeamIdsAsync(ct)).Contains(found.TeamId);
        return new ScopedCitizen(found.Id, found.TeamId, found.Name, found.Assigned, leads,
            [.. found.Workers.Select(w => (w.Method, w.PrimaryWorkerId))], found.UnseenByMe, engines.FromMask(found.Engines));
    }

    /// <summary>The look-up with the engines' mask as one more column (<see cref="CitizenEngines"/>).</summary>
    private Expression<Func<Citizen, CitizenRow>> WithEngines(Expression<Func<Citizen, CitizenRow>> row)
    {
        var mask = engines.Mask();
        var body = (MemberInitExpression)row.Body;
        var maskBody = mask.Body.Rebind(mask.Parameters[0], row.Parameters[0]);
        var bound = body.Update(body.NewExpression, [.. body.Bindings, Expression.Bind(typeof(CitizenRow).GetProperty(nameof(CitizenRow.Engines))!, maskBody)]);
        return Expression.Lambda<Func<Citizen, CitizenRow>>(bound, row.Parameters);
    }

    private sealed class CitizenRow
    {
        public Guid Id { get; init; }
        public Guid TeamId { get; init; }
        public string Name { get; init; } = "";
        public bool Assigned { get; init; }
        public List<WorkerRow> Workers { get; init; } = [];
        public bool UnseenByMe { get; init; }
        public int Engines { get; init; }
    }

    private sealed record WorkerRow(Method Method, string PrimaryWorkerId);

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

    public async Task<ResultsTeams?> ResultsTeamsAsync(Guid? teamId, CancellationToken ct = default)
    {
        if (user.IsInRole(Roles.Manager)) return new ResultsTeams(null, teamId);
        var led = await LedTeamIdsAsync(ct);
        if (led.Count == 0 || (teamId is { } id && !led.Contains(id))) return null;
        return new ResultsTeams(led, teamId);
    }

    public OwnRecord<T>? OwnRecord<T>(Guid id) where T : Domain.Common.Entity
        => OwnRecords.Keepers.TryGetValue(typeof(T), out var keepers) && keepers.Any(user.IsInRole) ? new OwnRecord<T>(id) : null;
}
