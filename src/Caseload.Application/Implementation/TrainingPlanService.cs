using Caseload.Application.Common;
using Caseload.Application.Security;
using Caseload.Domain.Implementation;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Implementation;

public sealed class ModuleInput
{
    public Guid Id { get; set; }
    public string? Topic { get; set; }
    public string? Content { get; set; }
    public string? Dates { get; set; }
    public string? Participants { get; set; }
    public decimal? Hours { get; set; }
    public List<string> Attended { get; set; } = [];
}

public sealed class TrainingInput
{
    public List<ModuleInput> Modules { get; set; } = [];
    public Guid Version { get; set; }
}

public sealed class TrainingInputValidator : AbstractValidator<TrainingInput>
{
    public TrainingInputValidator()
    {
        RuleFor(x => x.Modules.Count).LessThanOrEqualTo(ImplementationProject.MaxModules + 5).OverridePropertyName("Modules")
            .WithMessage($"En uddannelsesplan kan højst have {ImplementationProject.MaxModules} moduler.");
        RuleForEach(x => x.Modules).ChildRules(m =>
        {
            m.RuleFor(x => x.Topic).MaximumLength(TrainingModule.TopicMaxLength).WithMessage($"Emnet må højst være {TrainingModule.TopicMaxLength} tegn.");
            m.RuleFor(x => x.Content).MaximumLength(TrainingModule.TextMaxLength).WithMessage($"Indholdet må højst være {TrainingModule.TextMaxLength} tegn.");
            m.RuleFor(x => x.Dates).MaximumLength(TrainingModule.TopicMaxLength).WithMessage($"Datoerne må højst være {TrainingModule.TopicMaxLength} tegn.");
            m.RuleFor(x => x.Participants).MaximumLength(TrainingModule.TopicMaxLength).WithMessage($"Deltagerne må højst være {TrainingModule.TopicMaxLength} tegn.");
            m.RuleFor(x => x.Hours).InclusiveBetween(0, TrainingModule.MaxHours).WithMessage($"Timerne skal være mellem 0 og {TrainingModule.MaxHours:0}.");
        });
    }
}

/// <summary>The training plan's members (the method's teams) and each one's hours.</summary>
public sealed record TrainingView(ProjectListRow Project, Guid Version, IReadOnlyList<TrainingModule> Modules, IReadOnlyList<(string UserId, string Name)> Members,
    IReadOnlyDictionary<string, decimal> Hours);

/// <summary>The training plan of an implementation project (bilag 1b): modules, attendance per team member, hours per member.</summary>
public sealed class TrainingPlanService(ICaseloadDbContext db, CommandRunner commands, IUserDirectory users, IValidator<TrainingInput> validator)
{
    public async Task<TrainingView?> TrainingAsync(OwnRecord<ImplementationProject> project, CancellationToken ct = default)
    {
        var p = await db.ImplementationProjects.AsNoTracking().FirstOrDefaultAsync(x => x.Id == project.Id, ct);
        if (p is null) return null;
        var members = await MembersAsync(p.Method, ct);
        var modules = p.Training;
        var names = await users.NamesAsync(members.Concat(modules.SelectMany(m => m.Attended)).Distinct(), ct);
        return new TrainingView(new ProjectListRow(p.Id, p.Method, p.Unit, p.Phase, p.PhaseSince), p.Version, modules,
            [.. names.OrderBy(n => n.Value).Select(n => (n.Key, n.Value))], TrainingModule.HoursPerMember(modules));
    }

    public async Task<Result> SaveAsync(OwnRecord<ImplementationProject> project, TrainingInput input, CancellationToken ct = default)
        => await commands.RunAsync(validator, input, async token =>
        {
            var p = await db.ImplementationProjects.FirstOrDefaultAsync(x => x.Id == project.Id, token);
            if (p is null) return Result.NotFound(ImplementationService.GoneMessage);
            commands.Expect(p, input.Version);
            var members = (await MembersAsync(p.Method, token)).ToHashSet();
            p.SaveTraining(input.Modules.Select(m => new TrainingModule(m.Id, m.Topic ?? "", m.Content, m.Dates, m.Participants, m.Hours ?? 0, m.Attended)), members);
            return Result.Ok;
        }, ct);

    /// <summary>The members of the teams working with the project's method.</summary>
    private async Task<List<string>> MembersAsync(Domain.Teams.Method method, CancellationToken ct)
        => await db.TeamMembers.AsNoTracking().Where(m => db.Teams.Any(t => t.Id == m.TeamId && t.Method == method)).Select(m => m.UserId).Distinct().ToListAsync(ct);
}
