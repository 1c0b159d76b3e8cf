using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Security;
using Caseload.Domain.Implementation;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Implementation;

public sealed class ReflectionActionInput
{
    public Guid Id { get; set; }
    public string? Action { get; set; }
    public string? Responsible { get; set; }
    public DateOnly? Deadline { get; set; }
}

public sealed class ReflectionDayInput
{
    public DateOnly? HeldOn { get; set; }
    public string? Purpose { get; set; }
    public string? Agenda { get; set; }
    public string? Documentation { get; set; }
    public string? Questions { get; set; }
    public string? LearningPoints { get; set; }
    public List<ReflectionActionInput> Actions { get; set; } = [];
    public Guid Version { get; set; }
}

public sealed record ReflectionDayRow(Guid Id, DateOnly HeldOn, int Actions, int AddedToPlan);

public sealed record ReflectionDayView(ProjectListRow Project, Guid Id, Guid Version, DateOnly HeldOn, string? Purpose, string? Agenda, string? Documentation,
    IReadOnlyList<ReflectionFigure> Figures, DateOnly FiguresOn, string? Questions, string? LearningPoints, IReadOnlyList<ReflectionAction> Actions, DateTime SavedAt);

/// <summary>Reflection days (bilag 1f) of an implementation project: the guide pre-filled with the system's figures, the
/// minutes, and follow-up actions that can become activities of the implementation plan.</summary>
public sealed class ReflectionService(ICaseloadDbContext db, IDanishClock clock, CommandRunner commands, ReflectionFigures figures, Auditing.IAuditLog audit)
{
    public const string GoneMessage = "Refleksionsdagen findes ikke længere. Genindlæs siden.";

    public async Task<(ProjectListRow Project, IReadOnlyList<ReflectionDayRow> Days)?> ListAsync(OwnRecord<ImplementationProject> project, CancellationToken ct = default)
    {
        var row = await ProjectAsync(project.Id, ct);
        if (row is null) return null;
        var days = await db.ReflectionDays.AsNoTracking().Where(d => d.ProjectId == project.Id).OrderByDescending(d => d.HeldOn).ToListAsync(ct);
        return (row, [.. days.Select(d => new ReflectionDayRow(d.Id, d.HeldOn, d.Actions.Count, d.Actions.Count(a => a.AddedToPlanOn is not null)))]);
    }

    public async Task<ReflectionDayView?> DayAsync(OwnRecord<ImplementationProject> project, Guid dayId, CancellationToken ct = default)
    {
        var d = await db.ReflectionDays.AsNoTracking().FirstOrDefaultAsync(x => x.Id == dayId && x.ProjectId == project.Id, ct);
        if (d is null || await ProjectAsync(project.Id, ct) is not { } row) return null;
        return new ReflectionDayView(row, d.Id, d.Version, d.HeldOn, d.Purpose, d.Agenda, d.Documentation, d.Figures, d.FiguresOn, d.Questions,
            d.LearningPoints, d.Actions, d.UpdatedAt ?? d.CreatedAt);
    }

    /// <summary>A new reflection day: the guide's defaults and the figures as they stand today.</summary>
    public Task<Result<Guid>> CreateAsync(OwnRecord<ImplementationProject> project, DateOnly? heldOn, CancellationToken ct = default)
        => commands.RunAsync(async token =>
        {
            var found = await db.ImplementationProjects.AsNoTracking().Where(p => p.Id == project.Id).Select(p => new { p.Method }).FirstOrDefaultAsync(token);
            if (found is null) return Result.NotFound(ImplementationService.GoneMessage);
            if (heldOn is null) return Result.Fail("Angiv datoen for refleksionsdagen.", "HeldOn");
            var day = new ReflectionDay(project.Id, heldOn, await figures.ForMethodAsync(found.Method, token), clock.Today);
            db.ReflectionDays.Add(day);
            return Result.Success(day.Id);
        }, ct);

    public Task<Result> SaveAsync(OwnRecord<ImplementationProject> project, Guid dayId, ReflectionDayInput input, CancellationToken ct = default)
        => commands.RunAsync(async token =>
        {
            var d = await db.ReflectionDays.FirstOrDefaultAsync(x => x.Id == dayId && x.ProjectId == project.Id, token);
            if (d is null) return Result.NotFound(GoneMessage);
            commands.Expect(d, input.Version);
            d.Change(input.HeldOn, input.Purpose, input.Agenda, input.Documentation, input.Questions, input.LearningPoints,
                input.Actions.Select(a => new ReflectionAction(a.Id, a.Action ?? "", a.Responsible, a.Deadline, null)));
            return Result.Ok;
        }, ct);

    /// <summary>Makes a saved action an activity of the implementation plan; both change in one save.</summary>
    public Task<Result> AddToPlanAsync(OwnRecord<ImplementationProject> project, Guid dayId, Guid actionId, CancellationToken ct = default)
        => commands.RunAsync(async token =>
        {
            var d = await db.ReflectionDays.FirstOrDefaultAsync(x => x.Id == dayId && x.ProjectId == project.Id, token);
            var p = await db.ImplementationProjects.FirstOrDefaultAsync(x => x.Id == project.Id, token);
            if (d is null || p is null) return Result.NotFound(GoneMessage);
            d.AddToPlan(actionId, p, clock.Today);
            return Result.Ok;
        }, ct);

    /// <summary>"Printed document", as the implementation plan and role descriptions are: the minutes name the people responsible.</summary>
    public Task RecordPrintAsync(ReflectionDayView d, bool pdf, CancellationToken ct = default)
        => audit.RecordAsync(Domain.Auditing.AuditAction.Printed, Domain.Auditing.AuditNames.ReflectionDay, d.Id.ToString(), null,
            $"Refleksionsdag {d.HeldOn:yyyy-MM-dd}, {d.Project.Unit}, {(pdf ? "PDF" : "udskrift")}", ct);

    private Task<ProjectListRow?> ProjectAsync(Guid projectId, CancellationToken ct)
        => db.ImplementationProjects.AsNoTracking().Where(p => p.Id == projectId)
            .Select(p => new ProjectListRow(p.Id, p.Method, p.Unit, p.Phase, p.PhaseSince)).FirstOrDefaultAsync(ct)!;
}
