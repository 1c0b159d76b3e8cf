using Caseload.Application.Common;
using Caseload.Application.Security;
using Caseload.Domain.Courses;
using Caseload.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Courses;

public sealed record AssignmentRow(DateTime At, string? FromWorker, string ToWorker, string Reason, string? By);

public sealed record CourseSummary(Guid Id, string TeamName, Method Method, CourseStatus Status,
    DateOnly StartDate, DateOnly? EndDate, string? CloseReason, string PrimaryWorker, IReadOnlyList<string> Members,
    IReadOnlyList<AssignmentRow> History)
{
    public bool IsActive => Status == CourseStatus.Active;
}

/// <summary>The courses section of the citizen page: the courses with history, and — for the team's leader —
/// the team's workers to choose from.</summary>
public sealed record CitizenCourses(ScopedCitizen Citizen, IReadOnlyList<CourseSummary> Courses, IReadOnlyList<WorkerOption> TeamWorkers,
    Method? TeamMethod = null)
{
    public bool HasActiveCourse => Courses.Any(c => c.IsActive);
}

public sealed class CourseQueries(ICaseloadDbContext db, IAccessScope scope, IUserDirectory users, CourseService courses)
{
    public async Task<CitizenCourses> ForCitizenAsync(ScopedCitizen citizen, CancellationToken ct = default)
    {
        var list = await db.Courses.AsNoTracking().Include(k => k.Assignments).Include(k => k.Members)
            .Where(k => k.CitizenId == citizen.Id)
            .OrderByDescending(k => k.Status == CourseStatus.Active).ThenByDescending(k => k.StartDate)
            .ToListAsync(ct);
        var teamIds = list.Select(k => k.TeamId).Append(citizen.TeamId).Distinct().ToList();
        var teamRows = await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).Select(t => new { t.Id, t.Name, t.Method }).ToListAsync(ct);
        var teams = teamRows.ToDictionary(t => t.Id, t => t.Name);
        var names = await users.NamesAsync(list.SelectMany(k => k.Assignments.SelectMany(a => new[] { a.FromWorkerId, a.ToWorkerId, a.By }))
            .Concat(list.SelectMany(k => k.Members.Select(m => m.UserId))).Concat(list.Select(k => k.PrimaryWorkerId)).OfType<string>(), ct);
        string Name(string? id) => id is null ? "–" : names.GetValueOrDefault(id, "(ukendt)");
        var summaries = list.Select(k => new CourseSummary(k.Id, teams.GetValueOrDefault(k.TeamId, ""), k.Method, k.Status, k.StartDate,
            k.EndDate, k.CloseReason, Name(k.PrimaryWorkerId), k.Members.Select(m => $"{Name(m.UserId)} ({m.Discipline})").ToList(),
            k.Assignments.OrderByDescending(a => a.At).Select(a => new AssignmentRow(a.At, a.FromWorkerId is null ? null : Name(a.FromWorkerId),
                Name(a.ToWorkerId), a.Reason, a.By is null ? null : Name(a.By))).ToList())).ToList();
        var ledTeam = citizen.LeadsTeam ? await scope.LedTeamAsync(citizen.TeamId, ct) : null;
        var workers = ledTeam is null ? [] : await courses.WorkersAsync(ledTeam, ct);
        return new CitizenCourses(citizen, summaries, workers, teamRows.Single(t => t.Id == citizen.TeamId).Method);
    }
}
