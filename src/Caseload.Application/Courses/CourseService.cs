using Caseload.Application.Common;
using Caseload.Application.Security;
using Caseload.Domain.Common;
using Caseload.Domain.Courses;
using Caseload.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Courses;

public sealed record WorkerOption(string UserId, string Name);

public sealed record ReassignPreviewRow(Guid CourseId, Guid CitizenId, string CitizenName, DateOnly StartDate);

/// <summary>Courses and their primary worker. Starting, reassigning and closing are the team leader's
/// (of the course's team); the history of every change is kept on the course and in the audit log.</summary>
public sealed class CourseService(ICaseloadDbContext db, IAccessScope scope, ICurrentUser user, IUserDirectory users, TimeProvider clock)
{
    public async Task<Result> StartAsync(Guid citizenId, string? primaryWorkerId, DateOnly startDate, CancellationToken ct = default)
    {
        var citizen = await scope.FindCitizenAsync(citizenId, ct);
        if (citizen is null || !(await scope.LedTeamIdsAsync(ct)).Contains(citizen.TeamId))
            return Result.Fail("Kun teamlederen for borgerens team kan starte et forløb.");
        var team = await db.Teams.AsNoTracking().Include(t => t.Members).FirstAsync(t => t.Id == citizen.TeamId, ct);
        if (string.IsNullOrEmpty(primaryWorkerId) || team.Members.All(m => m.UserId != primaryWorkerId))
            return Result.Fail("Vælg en tovholder fra teamet.", "PrimaryWorkerId");
        if (await db.Courses.AnyAsync(c => c.CitizenId == citizenId && c.TeamId == team.Id && c.Status == CourseStatus.Active, ct))
            return Result.Fail("Borgeren har allerede et aktivt forløb i teamet.");
        db.Courses.Add(new Course(citizenId, team.Id, team.Method, startDate, primaryWorkerId, Now, user.UserId));
        await db.SaveChangesAsync(ct);
        return Result.Ok;
    }

    /// <summary>The course if the current user leads its team; null otherwise (404).</summary>
    public async Task<Course?> FindLedCourseAsync(Guid courseId, CancellationToken ct = default)
    {
        var led = await scope.LedTeamIdsAsync(ct);
        return await db.Courses.Include(c => c.Assignments).FirstOrDefaultAsync(c => c.Id == courseId && led.Contains(c.TeamId), ct);
    }

    public Task<string> CitizenNameAsync(Guid citizenId, CancellationToken ct = default)
        => db.Citizens.AsNoTracking().Where(c => c.Id == citizenId).Select(c => c.Name).FirstAsync(ct);

    public async Task<IReadOnlyList<WorkerOption>> WorkersOfTeamAsync(Guid teamId, CancellationToken ct = default)
    {
        var ids = await db.TeamMembers.AsNoTracking().Where(m => m.TeamId == teamId).Select(m => m.UserId).ToListAsync(ct);
        var names = await users.NamesAsync(ids, ct);
        return ids.Select(id => new WorkerOption(id, names.GetValueOrDefault(id, id))).OrderBy(w => w.Name).ToList();
    }

    public async Task<Result> ReassignAsync(Guid courseId, string? newWorkerId, string? reason, CancellationToken ct = default)
    {
        var course = await FindLedCourseAsync(courseId, ct);
        if (course is null) return Result.Fail("Forløbet findes ikke.");
        if (string.IsNullOrEmpty(newWorkerId) || !await db.TeamMembers.AnyAsync(m => m.TeamId == course.TeamId && m.UserId == newWorkerId, ct))
            return Result.Fail("Vælg en ny tovholder fra teamet.", "NewWorkerId");
        if (string.IsNullOrWhiteSpace(reason)) return Result.Fail("Angiv en begrundelse for skiftet.", "Reason");
        try
        {
            course.Reassign(newWorkerId, reason, Now, user.UserId);
        }
        catch (DomainException e)
        {
            return Result.Fail(e.Message, "NewWorkerId");
        }
        await db.SaveChangesAsync(ct);
        return Result.Ok;
    }

    /// <summary>All active courses in a led team whose primary worker is <paramref name="fromWorkerId"/>.</summary>
    public async Task<IReadOnlyList<ReassignPreviewRow>> BulkPreviewAsync(Guid teamId, string fromWorkerId, CancellationToken ct = default)
    {
        if (!(await scope.LedTeamIdsAsync(ct)).Contains(teamId)) return [];
        return await db.Courses.AsNoTracking()
            .Where(c => c.TeamId == teamId && c.PrimaryWorkerId == fromWorkerId && c.Status == CourseStatus.Active)
            .Join(db.Citizens, c => c.CitizenId, z => z.Id, (c, z) => new { c.Id, CitizenId = z.Id, z.Name, c.StartDate })
            .OrderBy(r => r.Name)
            .Select(r => new ReassignPreviewRow(r.Id, r.CitizenId, r.Name, r.StartDate))
            .ToListAsync(ct);
    }

    public async Task<(Result Result, int Moved)> BulkReassignAsync(Guid teamId, string fromWorkerId, string? toWorkerId, string? reason,
        CancellationToken ct = default)
    {
        if (!(await scope.LedTeamIdsAsync(ct)).Contains(teamId)) return (Result.Fail("Du er ikke teamleder for teamet."), 0);
        if (string.IsNullOrEmpty(toWorkerId) || toWorkerId == fromWorkerId || !await db.TeamMembers.AnyAsync(m => m.TeamId == teamId && m.UserId == toWorkerId, ct))
            return (Result.Fail("Vælg en anden medarbejder i teamet, der skal overtage borgerne.", "ToWorkerId"), 0);
        if (string.IsNullOrWhiteSpace(reason)) return (Result.Fail("Angiv en begrundelse for skiftet.", "Reason"), 0);
        var courses = await db.Courses.Include(c => c.Assignments)
            .Where(c => c.TeamId == teamId && c.PrimaryWorkerId == fromWorkerId && c.Status == CourseStatus.Active).ToListAsync(ct);
        foreach (var course in courses) course.Reassign(toWorkerId, reason, Now, user.UserId);
        await db.SaveChangesAsync(ct);
        return (Result.Ok, courses.Count);
    }

    /// <summary>ACT: attach another team member to the course with their discipline.</summary>
    public async Task<Result> AttachMemberAsync(Guid courseId, string? userId, string? discipline, CancellationToken ct = default)
    {
        var led = await scope.LedTeamIdsAsync(ct);
        var course = await db.Courses.Include(c => c.Members).FirstOrDefaultAsync(c => c.Id == courseId && led.Contains(c.TeamId), ct);
        if (course is null) return Result.Fail("Forløbet findes ikke.");
        var member = await db.TeamMembers.AsNoTracking().FirstOrDefaultAsync(m => m.TeamId == course.TeamId && m.UserId == userId, ct);
        if (member is null) return Result.Fail("Vælg en medarbejder fra teamet.");
        try { course.AttachMember(member.UserId, string.IsNullOrWhiteSpace(discipline) ? member.Discipline ?? "" : discipline); }
        catch (DomainException e) { return Result.Fail(e.Message); }
        await db.SaveChangesAsync(ct);
        return Result.Ok;
    }

    public async Task<Result> CloseAsync(Guid courseId, DateOnly endDate, string? reason, CancellationToken ct = default)
    {
        var course = await FindLedCourseAsync(courseId, ct);
        if (course is null) return Result.Fail("Forløbet findes ikke.");
        try { course.Close(endDate, reason); }
        catch (DomainException e) { return Result.Fail(e.Message); }
        await db.SaveChangesAsync(ct);
        return Result.Ok;
    }

    /// <summary>The primary worker has now seen the citizen: the "new" highlight on their list goes away.</summary>
    public async Task MarkSeenAsync(Guid citizenId, CancellationToken ct = default)
    {
        if (user.UserId is null) return;
        var unseen = await db.Courses.Where(c => c.CitizenId == citizenId && c.PrimaryWorkerId == user.UserId && !c.SeenByPrimaryWorker)
            .ToListAsync(ct);
        foreach (var c in unseen) c.MarkSeenBy(user.UserId);
        if (unseen.Count > 0) await db.SaveChangesAsync(ct);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
