using Caseload.Application.Teams;
using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Security;
using Caseload.Domain.Courses;
using Caseload.Domain.Teams;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Courses;

/// <param name="Load">The worker's current caseload in the team (shown in every worker picker); null where not known.</param>
public sealed record WorkerOption(string UserId, string Name, WorkerCaseload? Load = null)
{
    /// <summary>"Ole Nielsen (6 borgere · 0,5 årsværk · 12,0 pr. årsværk)".</summary>
    public string Label => Load is null ? Name : $"{Name} ({Load.Describe()})";

    /// <summary>Would <paramref name="added"/> more citizens put this worker over the limit?</summary>
    public bool OverWith(int added) => Load?.With(added).IsOver == true;
}

public sealed record ReassignPreviewRow(Guid CourseId, Guid CitizenId, string CitizenName, DateOnly StartDate);

/// <summary>Courses and their primary worker. Starting, reassigning and closing are the team leader's
/// (of the course's team: the handles from <see cref="IAccessScope"/> prove it); the history of every change
/// is kept on the course and in the audit log.</summary>
public sealed class CourseService(ICaseloadDbContext db, ICurrentUser user, IUserDirectory users,
    IDanishClock clock, CommandRunner commands,
    IValidator<StartCourseInput> startValidator, IValidator<ReassignInput> reassignValidator,
    IValidator<BulkReassignInput> bulkValidator, IValidator<CloseCourseInput> closeValidator,
    IValidator<AttachMemberInput> attachValidator, IEnumerable<Engines.ICourseGuard> guards, Engines.MethodDefinitions methods)
{
    public const string NotLeaderMessage = "Kun teamlederen for borgerens team kan starte og ændre forløb.";

    public Task<Result> StartAsync(ScopedCitizen citizen, StartCourseInput input, CancellationToken ct = default)
        => commands.RunAsync(startValidator, input, async token =>
        {
            if (!citizen.LeadsTeam) return Result.Fail(NotLeaderMessage);
            var team = await db.Teams.AsNoTracking().FirstAsync(t => t.Id == citizen.TeamId, token);
            if (methods.For(team.Method).StartsElsewhere is { } elsewhere) return Result.Fail(elsewhere); // the engine's own start (ADR 0023)
            if (!await users.IsActiveMemberAsync(team.Id, input.PrimaryWorkerId, token))
                return Result.Fail("Vælg en tovholder fra teamet.", nameof(input.PrimaryWorkerId));
            if (await db.Courses.Active().AnyAsync(c => c.CitizenId == citizen.Id && c.TeamId == team.Id, token))
                return Result.Fail("Borgeren har allerede et aktivt forløb i teamet.");
            var over = await OverLimitAsync(team.Id, input.PrimaryWorkerId!, 1, token);
            if (over is not null && !input.AssignAnyway) return Result.Fail(over, nameof(input.AssignAnyway));
            db.Courses.Add(new Course(citizen.Id, team.Id, team.Method, input.StartDate!.Value, input.PrimaryWorkerId!, clock.UtcNow, user.UserId,
                over is null ? null : input.OverLimitReason));
            return Result.Ok;
        }, ct);

    public async Task<ReassignForm?> ReassignFormAsync(LedCourse course, CancellationToken ct = default)
    {
        var c = await db.Courses.AsNoTracking().Active().Where(k => k.Id == course.Id)
            .Select(k => new { k.PrimaryWorkerId, k.Version, Citizen = db.Citizens.Where(z => z.Id == k.CitizenId).Select(z => z.Name).First() })
            .FirstOrDefaultAsync(ct);
        if (c is null) return null;
        var workers = await WorkersAsync(course.TeamId, ct);
        return new ReassignForm(course, c.Citizen, c.PrimaryWorkerId, workers.FirstOrDefault(w => w.UserId == c.PrimaryWorkerId)?.Name
            ?? (await users.NamesAsync([c.PrimaryWorkerId], ct)).GetValueOrDefault(c.PrimaryWorkerId, ""), // a deactivated one
            workers, c.Version);
    }

    public Task<Result> ReassignAsync(LedCourse led, ReassignInput input, CancellationToken ct = default)
        => commands.RunAsync(reassignValidator, input, async token =>
        {
            var course = await db.Courses.Include(c => c.Assignments).FirstAsync(c => c.Id == led.Id, token);
            commands.Expect(course, input.Version);
            if (!await users.IsActiveMemberAsync(course.TeamId, input.NewWorkerId, token))
                return Result.Fail("Vælg en ny tovholder fra teamet.", nameof(input.NewWorkerId));
            if (await RefusalAsync((g, f, t) => g.RefuseReassignAsync(f, t), course, token) is { } refusal) return Result.Fail(refusal);
            if (!input.AssignAnyway && input.NewWorkerId != course.PrimaryWorkerId
                && await OverLimitAsync(course.TeamId, input.NewWorkerId!, 1, token) is { } over) return Result.Fail(over, nameof(input.AssignAnyway));
            course.Reassign(input.NewWorkerId!, input.Reason, clock.UtcNow, user.UserId);
            return Result.Ok;
        }, ct);

    /// <summary>All active courses in a led team whose primary worker is <paramref name="fromWorkerId"/>.</summary>
    public async Task<IReadOnlyList<ReassignPreviewRow>> BulkPreviewAsync(LedTeam team, string fromWorkerId, CancellationToken ct = default)
        => await db.Courses.AsNoTracking().Active()
            .Where(c => c.TeamId == team.Id && c.PrimaryWorkerId == fromWorkerId)
            .Join(db.Citizens, c => c.CitizenId, z => z.Id, (c, z) => new { c.Id, CitizenId = z.Id, z.Name, c.StartDate })
            .OrderBy(r => r.Name)
            .Select(r => new ReassignPreviewRow(r.Id, r.CitizenId, r.Name, r.StartDate))
            .ToListAsync(ct);

    /// <summary>Moves a worker's active courses to one new primary worker, or split between several (per course in
    /// <see cref="BulkReassignInput.Split"/>); each new worker's load after the move is checked against the limit.</summary>
    public Task<Result<int>> BulkReassignAsync(LedTeam team, BulkReassignInput input, CancellationToken ct = default)
        => commands.RunAsync(bulkValidator, input, async token =>
        {
            var courses = await db.Courses.Include(c => c.Assignments).Active()
                .Where(c => c.TeamId == team.Id && c.PrimaryWorkerId == input.From).ToListAsync(token);
            if (courses.Any(c => input.TargetOf(c.Id) is null))
                return Result.Fail("Vælg en anden medarbejder i teamet, der skal overtage borgerne.", nameof(input.ToWorkerId));
            var targets = courses.GroupBy(c => input.TargetOf(c.Id)!).ToList();
            foreach (var target in targets)
            {
                if (target.Key == input.From || !await users.IsActiveMemberAsync(team.Id, target.Key, token))
                    return Result.Fail("Vælg en anden medarbejder i teamet, der skal overtage borgerne.", nameof(input.ToWorkerId));
                if (!input.AssignAnyway && await OverLimitAsync(team.Id, target.Key, target.Count(), token) is { } over)
                    return Result.Fail(over, nameof(input.AssignAnyway));
            }
            foreach (var course in courses) course.Reassign(input.TargetOf(course.Id)!, input.Reason, clock.UtcNow, user.UserId);
            return Result.Success(courses.Count);
        }, ct);

    /// <summary>ACT: attach another team member to the course with their discipline.</summary>
    public Task<Result> AttachMemberAsync(LedCourse led, AttachMemberInput input, CancellationToken ct = default)
        => commands.RunAsync(attachValidator, input, async token =>
        {
            var course = await db.Courses.Include(c => c.Members).FirstAsync(c => c.Id == led.Id, token);
            if (!methods.For(course.Method).CourseHasMembers) return Result.Fail($"Kun {methods.WithMembers}-forløb har flere tilknyttede fagpersoner.");
            var member = await db.TeamMembers.AsNoTracking().FirstOrDefaultAsync(m => m.TeamId == course.TeamId && m.UserId == input.UserId, token);
            if (member is null) return Result.Fail("Vælg en medarbejder fra teamet.", nameof(input.UserId));
            course.AttachMember(member.UserId, string.IsNullOrWhiteSpace(input.Discipline) ? member.Discipline ?? "" : input.Discipline);
            return Result.Ok;
        }, ct);

    public async Task<CloseCourseInput?> CloseFormAsync(LedCourse course, CancellationToken ct = default)
    {
        var version = await db.Courses.AsNoTracking().Active().Where(c => c.Id == course.Id)
            .Select(c => (Guid?)c.Version).FirstOrDefaultAsync(ct);
        return version is null ? null : new CloseCourseInput { EndDate = clock.Today, Version = version.Value };
    }

    public Task<Result> CloseAsync(LedCourse led, CloseCourseInput input, CancellationToken ct = default)
        => commands.RunAsync(closeValidator, input, async token =>
        {
            var course = await db.Courses.FirstAsync(c => c.Id == led.Id, token);
            commands.Expect(course, input.Version);
            if (await RefusalAsync((g, f, t) => g.RefuseCloseAsync(f, t), course, token) is { } refusal) return Result.Fail(refusal);
            course.Close(input.EndDate!.Value, input.Reason, input.Cause);
            return Result.Ok;
        }, ct);

    /// <summary>The first engine's refusal of this step for the course, if any (ADR 0023).</summary>
    private async Task<string?> RefusalAsync(Func<Engines.ICourseGuard, Engines.CourseFacts, CancellationToken, Task<string?>> ask, Course course,
        CancellationToken ct)
    {
        var facts = new Engines.CourseFacts(course.Id, course.CitizenId, course.TeamId, course.Method);
        foreach (var guard in guards)
            if (await ask(guard, facts, ct) is { } refusal) return refusal;
        return null;
    }

    /// <summary>The primary worker has now seen the citizen: the "new" highlight on their list goes away.</summary>
    public async Task MarkSeenAsync(ScopedCitizen citizen, CancellationToken ct = default)
    {
        if (user.UserId is null || !citizen.UnseenByMe) return; // the common case: nothing to mark, no write transaction
        var me = user.UserId;
        await commands.RunAsync(async token =>
        {
            var unseen = await db.Courses.Where(c => c.CitizenId == citizen.Id && c.PrimaryWorkerId == me && !c.SeenByPrimaryWorker)
                .ToListAsync(token);
            foreach (var c in unseen) c.MarkSeenBy(me);
            return Result.Ok;
        }, ct);
    }

    /// <summary>The members of a team the user leads, by name (for choosing a primary worker).</summary>
    public Task<IReadOnlyList<WorkerOption>> WorkersAsync(LedTeam team, CancellationToken ct = default) => WorkersAsync(team.Id, ct);

    /// <summary>Active members only: a deactivated user cannot sign in, so is never offered (issue #28 item 6). Each with their
    /// load, for every picker (also the engines' own, e.g. the outreach referral's).</summary>
    internal async Task<IReadOnlyList<WorkerOption>> WorkersAsync(Guid teamId, CancellationToken ct)
    {
        var loads = await LoadsAsync(teamId, ct);
        return [.. (await users.TeamContactsAsync(teamId, ct)).Select(c => new WorkerOption(c.UserId, c.Name, loads.GetValueOrDefault(c.UserId)))];
    }

    /// <summary>Each team member's caseload now: active courses in the team as primary worker, against the team's limit (domain.md §2).</summary>
    private async Task<Dictionary<string, WorkerCaseload>> LoadsAsync(Guid teamId, CancellationToken ct)
    {
        // One command: each member's FTE, active citizens as primary worker, and the team's limit beside it.
        var members = await db.TeamMembers.AsNoTracking().Where(m => m.TeamId == teamId)
            .Select(m => new
            {
                m.UserId, m.Fte,
                Count = db.Courses.Count(c => c.Status == CourseStatus.Active && c.TeamId == teamId && c.PrimaryWorkerId == m.UserId),
                Limit = db.Teams.Where(t => t.Id == teamId).Select(t => t.CaseloadLimitPerFte).First(),
            })
            .ToListAsync(ct);
        return members.ToDictionary(m => m.UserId, m => new WorkerCaseload(m.Fte, m.Count, m.Limit));
    }

    /// <summary>Why giving <paramref name="workerId"/> <paramref name="added"/> more citizens needs the leader's confirmation; null when
    /// within the limit. Also asked by the engines' own starts (CTI).</summary>
    internal async Task<string?> OverLimitAsync(Guid teamId, string workerId, int added, CancellationToken ct)
    {
        var load = (await LoadsAsync(teamId, ct)).GetValueOrDefault(workerId);
        if (load is null || added == 0 || !load.With(added).IsOver) return null;
        var name = (await users.NamesAsync([workerId], ct)).GetValueOrDefault(workerId, "");
        return load.OverLimitMessage(name, added);
    }
}

public sealed record ReassignForm(LedCourse Course, string CitizenName, string CurrentWorkerId, string CurrentWorkerName,
    IReadOnlyList<WorkerOption> Workers, Guid Version);
