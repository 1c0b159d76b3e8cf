using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Courses;
using Caseload.Application.Security;
using Caseload.Domain.Courses;
using Caseload.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Board;

public sealed record BoardCitizen(Guid CitizenId, Guid CourseId, string Name, DateOnly StartDate, DateTime? LastAchievedContact,
    int? DaysSinceContact, bool IsNew)
{
    /// <summary>No achieved contact for 30 days or more (or never).</summary>
    public bool NoContact30 => DaysSinceContact is null or >= 30;
    /// <summary>No achieved contact for 14 days or more (or never).</summary>
    public bool NoContact14 => DaysSinceContact is null or >= 14;
}

public sealed record BoardWorker(string UserId, string Name, string? Discipline, TeamRole Role, WorkerCaseload Caseload,
    IReadOnlyList<BoardCitizen> Citizens);

public sealed record BoardTeam(Guid Id, string Name, Method Method, decimal LimitPerFte);

/// <summary>The board; <paramref name="Workers"/> may be filtered, <paramref name="AllWorkers"/> never is (for the filter's choices).</summary>
/// <param name="WorkerFigures">The team's method's own line per worker, if its engine has one (ADR 0023; CTI: stages and move-ins).</param>
public sealed record CaseloadBoardView(BoardTeam Team, IReadOnlyList<BoardTeam> LedTeams, IReadOnlyList<BoardWorker> Workers,
    IReadOnlyList<Courses.WorkerOption> AllWorkers, Func<string, Engines.BoardFigureLine>? WorkerFigures = null)
{
    /// <summary>The team's citizens per FTE over all its workers (never the filter's), shown beside each worker's own figure.</summary>
    public decimal TeamAveragePerFte => AllWorkerLoads.Sum(w => w.Fte) is var fte and > 0 ? AllWorkerLoads.Sum(w => w.ActiveCitizens) / fte : 0;

    internal IReadOnlyList<WorkerCaseload> AllWorkerLoads { get; init; } = [];
}

public sealed record MyCitizen(Guid CitizenId, string Name, string TeamName, DateTime? LastAchievedContact, int? DaysSinceContact, bool IsNew);

/// <summary>The team leader's caseload board and the worker's own list. Counts active courses by primary worker.</summary>
public sealed class CaseloadBoard(ICaseloadDbContext db, IAccessScope scope, ICurrentUser user, IUserDirectory users, IDanishClock clock,
    IEnumerable<Engines.IBoardWorkerFigures> engineFigures)
{
    public async Task<CaseloadBoardView> ForTeamAsync(LedTeam ledTeam, string? workerFilter, CancellationToken ct = default)
    {
        var led = await scope.LedTeamIdsAsync(ct);
        var id = ledTeam.Id;

        var ledTeams = await db.Teams.AsNoTracking().Where(t => led.Contains(t.Id)).OrderBy(t => t.Name)
            .Select(t => new BoardTeam(t.Id, t.Name, t.Method, t.CaseloadLimitPerFte)).ToListAsync(ct);
        var team = await db.Teams.AsNoTracking().Include(t => t.Members).FirstAsync(t => t.Id == id, ct);
        var courses = await ActiveCourses(c => c.TeamId == id).ToListAsync(ct);
        var names = await users.NamesAsync(team.Members.Select(m => m.UserId).Concat(courses.Select(c => c.PrimaryWorkerId)), ct);

        var rows = team.Members
            .Where(m => m.Role == TeamRole.Member || courses.Any(c => c.PrimaryWorkerId == m.UserId))
            .Select(m =>
            {
                var mine = courses.Where(c => c.PrimaryWorkerId == m.UserId)
                    .Select(ToBoardCitizen)
                    .OrderByDescending(c => c.DaysSinceContact ?? int.MaxValue).ThenBy(c => c.Name).ToList();
                return new BoardWorker(m.UserId, names.GetValueOrDefault(m.UserId, m.UserId), m.Discipline, m.Role,
                    new WorkerCaseload(m.Fte, mine.Count, team.CaseloadLimitPerFte), mine);
            })
            .OrderBy(w => w.Name).ToList();
        var figures = engineFigures.FirstOrDefault(f => f.Method == team.Method) is { } engine ? await engine.ForTeamAsync(ledTeam, ct) : null;
        return new CaseloadBoardView(new BoardTeam(team.Id, team.Name, team.Method, team.CaseloadLimitPerFte), ledTeams,
            rows.Where(w => string.IsNullOrEmpty(workerFilter) || w.UserId == workerFilter).ToList(),
            rows.Select(w => new Courses.WorkerOption(w.UserId, w.Name)).ToList(), figures) { AllWorkerLoads = [.. rows.Select(w => w.Caseload)] };
    }

    /// <summary>The current user's active citizens as primary worker, the most urgent first
    /// (never contacted, then longest since an achieved contact).</summary>
    public async Task<IReadOnlyList<MyCitizen>> MineAsync(CancellationToken ct = default)
    {
        var me = user.UserId;
        var courses = await ActiveCourses(c => c.PrimaryWorkerId == me).ToListAsync(ct);
        var teamIds = courses.Select(c => c.TeamId).Distinct().ToList();
        var teamNames = await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        return courses.Select(c =>
            {
                var b = ToBoardCitizen(c);
                return new MyCitizen(c.CitizenId, c.CitizenName, teamNames.GetValueOrDefault(c.TeamId, ""), b.LastAchievedContact, b.DaysSinceContact, b.IsNew);
            })
            .OrderByDescending(c => c.IsNew).ThenByDescending(c => c.DaysSinceContact ?? int.MaxValue).ThenBy(c => c.Name).ToList();
    }

    private sealed record ActiveCourse(Guid Id, Guid CitizenId, string CitizenName, Guid TeamId, string PrimaryWorkerId, DateOnly StartDate,
        bool Seen, DateTime? LastAchievedContact);

    private IQueryable<ActiveCourse> ActiveCourses(System.Linq.Expressions.Expression<Func<Course, bool>> filter)
        => db.Courses.AsNoTracking().Active().Where(filter)
            .Join(db.Citizens, c => c.CitizenId, z => z.Id, (c, z) => new ActiveCourse(c.Id, z.Id, z.Name, c.TeamId, c.PrimaryWorkerId, c.StartDate,
                c.SeenByPrimaryWorker, z.LastAchievedContactAt)); // the summary column, not an aggregate over the log

    private BoardCitizen ToBoardCitizen(ActiveCourse c)
        => new(c.CitizenId, c.Id, c.CitizenName, c.StartDate, c.LastAchievedContact,
            c.LastAchievedContact is { } last ? clock.DaysSince(last) : null, !c.Seen);
}
