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

public sealed class CourseQueries(ICaseloadDbContext db, IAccessScope scope, IUserDirectory users, CourseService courses, Engines.MethodDefinitions methods)
{
    public async Task<CitizenCourses> ForCitizenAsync(ScopedCitizen citizen, CancellationToken ct = default)
    {
        // One command for the courses, their team's name, members and history (the page's cost follows its own rows).
        var list = await db.Courses.AsNoTracking()
            .Where(k => k.CitizenId == citizen.Id)
            .OrderByDescending(k => k.Status == CourseStatus.Active).ThenByDescending(k => k.StartDate)
            .Select(k => new
            {
                k.Id, k.TeamId, k.Method, k.Status, k.StartDate, k.EndDate, k.CloseReason, k.PrimaryWorkerId,
                TeamName = db.Teams.Where(t => t.Id == k.TeamId).Select(t => t.Name).FirstOrDefault(),
                Members = k.Members.Select(m => new { m.UserId, m.Discipline }).ToList(),
                Assignments = k.Assignments.Select(a => new { a.At, a.FromWorkerId, a.ToWorkerId, a.Reason, a.By }).ToList(),
            })
            .ToListAsync(ct);
        // The leader's worker pickers, only when the section shows one: starting a course here (with each worker's load), or
        // attaching a worker to an active course of a method with course members (names only). The names below come along.
        var teamMethod = await scope.TeamMethodOfAsync(citizen, ct);
        var canStart = citizen.LeadsTeam && !list.Any(k => k.Status == CourseStatus.Active)
            && teamMethod is { } m && methods.For(m).StartsElsewhere is null;
        var canAttach = citizen.LeadsTeam && list.Any(k => k.Status == CourseStatus.Active && methods.For(k.Method).CourseHasMembers);
        var ledTeam = canStart || canAttach ? await scope.LedTeamAsync(citizen.TeamId, ct) : null;
        IReadOnlyList<WorkerOption> workers = ledTeam is null ? []
            : canStart ? await courses.WorkersAsync(ledTeam, ct)
            : [.. (await users.TeamContactsAsync(ledTeam.Id, ct)).Select(c => new WorkerOption(c.UserId, c.Name))];
        // The team's members first (the request remembers them, and the contact section asks too): they name most cards.
        await users.TeamContactsAsync(citizen.TeamId, ct);
        var names = await users.NamesAsync(list.SelectMany(k => k.Assignments.SelectMany(a => new[] { a.FromWorkerId, a.ToWorkerId, a.By }))
            .Concat(list.SelectMany(k => k.Members.Select(m => m.UserId))).Concat(list.Select(k => k.PrimaryWorkerId)).OfType<string>(), ct);
        string Name(string? id) => id is null ? "–" : names.GetValueOrDefault(id, "(ukendt)");
        var summaries = list.Select(k => new CourseSummary(k.Id, k.TeamName ?? "", k.Method, k.Status, k.StartDate,
            k.EndDate, k.CloseReason, Name(k.PrimaryWorkerId), k.Members.Select(m => $"{Name(m.UserId)} ({m.Discipline})").ToList(),
            k.Assignments.OrderByDescending(a => a.At).Select(a => new AssignmentRow(a.At, a.FromWorkerId is null ? null : Name(a.FromWorkerId),
                Name(a.ToWorkerId), a.Reason, a.By is null ? null : Name(a.By))).ToList())).ToList();
        return new CitizenCourses(citizen, summaries, workers, teamMethod);
    }
}
