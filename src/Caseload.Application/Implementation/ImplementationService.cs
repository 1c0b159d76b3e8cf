using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Security;
using Caseload.Domain.Implementation;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Implementation;

public sealed record ProjectListRow(Guid Id, Domain.Teams.Method Method, string Unit, ImplementationPhase Phase, DateOnly PhaseSince);

/// <summary>The project as its page and plan form show it.</summary>
public sealed record ProjectView(Guid Id, Guid Version, Domain.Teams.Method Method, string Unit, ImplementationPhase Phase, DateOnly PhaseSince,
    IReadOnlyList<(ImplementationPhase Phase, DateOnly Since)> PhaseHistory, IReadOnlyDictionary<ImplementationPhase, IReadOnlyList<ChecklistItemState>> Checklists,
    IReadOnlyList<PlanActivity> Activities, IReadOnlyList<RoleRow> Roles, IReadOnlyList<PlanActivity> Overdue, DateOnly Today, DateTime? SavedAt)
{
    public int Done(ImplementationPhase phase) => Checklists[phase].Count(i => i.Done);
}

/// <summary>
/// Implementing a method (issue #15): projects per method and unit, their phase, the implementation plan (activities and
/// the role table) and the phase checklists. Kept by managers and team leaders; not citizen data, so no access scope.
/// </summary>
public sealed class ImplementationService(ICaseloadDbContext db, IDanishClock clock, ICurrentUser user, CommandRunner commands,
    IValidator<NewProjectInput> newValidator, IValidator<PlanInput> planValidator, Auditing.IAuditLog audit, IUserDirectory users)
{
    public const string GoneMessage = "Implementeringsprojektet findes ikke længere. Genindlæs siden.";

    public async Task<IReadOnlyList<ProjectListRow>> ListAsync(CancellationToken ct = default)
        => await db.ImplementationProjects.AsNoTracking().OrderBy(p => p.Method).ThenBy(p => p.Unit)
            .Select(p => new ProjectListRow(p.Id, p.Method, p.Unit, p.Phase, p.PhaseSince)).ToListAsync(ct);

    public async Task<ProjectView?> ProjectAsync(OwnRecord<ImplementationProject> project, CancellationToken ct = default)
    {
        var p = await db.ImplementationProjects.AsNoTracking().FirstOrDefaultAsync(x => x.Id == project.Id, ct);
        if (p is null) return null;
        var today = clock.Today;
        return new ProjectView(p.Id, p.Version, p.Method, p.Unit, p.Phase, p.PhaseSince, p.PhaseHistory,
            Enum.GetValues<ImplementationPhase>().ToDictionary(ph => ph, ph => p.Checklist(ph)), p.Activities, p.Roles, p.Overdue(today), today,
            p.UpdatedAt ?? p.CreatedAt);
    }

    public Task<Result<Guid>> CreateAsync(NewProjectInput input, CancellationToken ct = default)
        => commands.RunAsync(newValidator, input, token =>
        {
            var project = new ImplementationProject(input.Method!.Value, input.Unit!, input.Phase!.Value, clock.Today);
            db.ImplementationProjects.Add(project);
            return Task.FromResult(Result.Success(project.Id));
        }, ct);

    public Task<Result> MoveToAsync(OwnRecord<ImplementationProject> project, ImplementationPhase? phase, bool confirmed = false, CancellationToken ct = default)
        => RunOnAsync(project.Id, p =>
        {
            if (phase is null) throw new Domain.Common.DomainException("Vælg en fase.", "Phase");
            p.MoveTo(phase.Value, clock.Today, confirmed);
        }, ct);

    /// <summary>The tick keeps the user's name as it was (the checklist is a record of who did it, not a link to an account).</summary>
    public async Task<Result> TickAsync(OwnRecord<ImplementationProject> project, ImplementationPhase phase, int number, bool done, string? note, CancellationToken ct = default)
    {
        var name = user.UserId is { } me ? (await users.NamesAsync([me], ct)).GetValueOrDefault(me) : null;
        return await RunOnAsync(project.Id, p => p.Tick(phase, number, done, name ?? user.UserName ?? "ukendt", clock.UtcNow, note), ct);
    }

    public Task<Result> SavePlanAsync(OwnRecord<ImplementationProject> project, PlanInput input, CancellationToken ct = default)
        => commands.RunAsync(planValidator, input, async token =>
        {
            var p = await db.ImplementationProjects.FirstOrDefaultAsync(x => x.Id == project.Id, token);
            if (p is null) return Result.NotFound(GoneMessage);
            commands.Expect(p, input.Version);
            p.SavePlan(
                input.Activities.Select(a => new PlanActivity(a.Id, a.FocusArea, a.Activity ?? "", a.Responsible, a.Deadline, a.Status ?? ActivityStatus.NotStarted, a.FollowUp)),
                input.Roles.Select(r => new RoleRow(r.Id, r.Level ?? RoleLevel.TeamLeaderAndTeam, r.Role ?? "", r.Responsibility)));
            return Result.Ok;
        }, ct);

    /// <summary>"Printed document": the implementation plan, its version, as PDF or for the printer.</summary>
    public Task RecordPrintAsync(ProjectView project, bool pdf, CancellationToken ct = default)
        => audit.RecordAsync(Domain.Auditing.AuditAction.Printed, Domain.Auditing.AuditNames.ImplementationProject, project.Id.ToString(), null,
            $"Implementeringsplan, {project.Unit}, gemt {project.SavedAt:yyyy-MM-dd HH:mm} UTC, {(pdf ? "PDF" : "udskrift")}", ct);

    /// <summary>A small change (phase, a tick) that cannot clash with the plan form: no version check.</summary>
    private Task<Result> RunOnAsync(Guid id, Action<ImplementationProject> change, CancellationToken ct)
        => commands.RunAsync(async token =>
        {
            var p = await db.ImplementationProjects.FirstOrDefaultAsync(x => x.Id == id, token);
            if (p is null) return Result.NotFound(GoneMessage);
            change(p);
            return Result.Ok;
        }, ct);
}
