using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Security;
using Caseload.Domain.ActionPlans;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.ActionPlans;

public sealed class PlanGoalInput
{
    public Guid Id { get; set; }
    public LifeArea? Area { get; set; }
    public string? CitizensWords { get; set; }
    public string? Goal { get; set; }
    public string? Actions { get; set; }
    public string? WhoInTeam { get; set; }
    public DateOnly? FollowUpOn { get; set; }
    public PlanGoalStatus? Status { get; set; }
    public bool Declined { get; set; }
    /// <summary>Hvornår: when it is to happen, in words ("hver tirsdag", "inden sommerferien").</summary>
    public string? When { get; set; }
    /// <summary>The citizen's own resources here: "det er jeg god til / det hjælper mig" (domain.md §7).</summary>
    public string? Resources { get; set; }
}

public sealed class ActionPlanInput
{
    public List<PlanGoalInput> Goals { get; set; } = [];
    public string? CitizensView { get; set; }
    public Guid Version { get; set; }
}

public sealed class ActionPlanInputValidator : AbstractValidator<ActionPlanInput>
{
    public ActionPlanInputValidator()
    {
        const int text = ActionPlan.TextMaxLength, brief = ActionPlan.ShortMaxLength;
        RuleFor(x => x.CitizensView).MaximumLength(text).WithMessage($"Borgerens syn må højst være {text} tegn.");
        RuleFor(x => x.Goals.Count).LessThanOrEqualTo(ActionPlan.MaxGoals + 10).OverridePropertyName("Goals")
            .WithMessage($"En indsatsplan kan højst have {ActionPlan.MaxGoals} mål.");
        RuleForEach(x => x.Goals).ChildRules(g =>
        {
            g.RuleFor(x => x.Goal).MaximumLength(brief * 2).WithMessage($"Målet må højst være {brief * 2} tegn.");
            g.RuleFor(x => x.CitizensWords).MaximumLength(text).WithMessage($"Borgerens egne ord må højst være {text} tegn.");
            g.RuleFor(x => x.Actions).MaximumLength(text).WithMessage($"Handlingerne må højst være {text} tegn.");
            g.RuleFor(x => x.WhoInTeam).MaximumLength(brief).WithMessage($"«Hvem i teamet» må højst være {brief} tegn.");
            g.RuleFor(x => x.When).MaximumLength(brief).WithMessage($"«Hvornår» må højst være {brief} tegn.");
            g.RuleFor(x => x.Resources).MaximumLength(text).WithMessage($"«Det er jeg god til / det hjælper mig» må højst være {text} tegn.");
            g.RuleFor(x => x.FollowUpOn).SaneDate();
            g.RuleFor(x => x.Area).IsInEnum().WithMessage("Vælg livsområde.");
            g.RuleFor(x => x.Status).IsInEnum().WithMessage("Vælg status.");
        });
    }
}

public sealed record ActionPlanRevisionRow(int Number, DateTime SavedAt, string SavedBy);

public sealed record ActionPlanView(ScopedCitizen Citizen, string? PrimaryWorker, string TeamName, ActionPlanInput Input,
    IReadOnlyList<ActionPlanRevisionRow> Revisions, IReadOnlyList<string> Disciplines)
{
    public bool MayChange => Citizen.MayChangeCourseWork;
}

/// <summary>The ACT action plan: one per citizen, a revision per save, through the one command path.</summary>
public sealed class ActionPlanService(IActDbContext db, ICurrentUser user, IDanishClock clock, CommandRunner commands,
    IValidator<ActionPlanInput> validator, IUserDirectory users)
{
    public const string NotYoursMessage = "Kun borgerens medarbejdere og teamlederen kan ændre indsatsplanen.";


    public Task<Result> SaveAsync(ScopedCitizen citizen, ActionPlanInput input, CancellationToken ct = default)
        => commands.RunAsync(validator, input, async token =>
        {
            if (!citizen.MayChangeCourseWork) return Result.Forbidden(NotYoursMessage);
            var plan = await db.ActionPlans.FirstOrDefaultAsync(p => p.CitizenId == citizen.Id, token);
            if (plan is null) db.ActionPlans.Add(plan = new ActionPlan(citizen.Id, citizen.TeamId));
            else commands.Expect(plan, input.Version);
            var revision = plan.Save(input.Goals.Select(g => new PlanGoal(g.Id, g.Area ?? LifeArea.MentalHealth, g.CitizensWords, g.Goal ?? "",
                g.Actions, g.WhoInTeam, g.FollowUpOn, g.Status ?? PlanGoalStatus.NotStarted, g.Declined, g.When, g.Resources)), input.CitizensView, clock.UtcNow, user.UserId);
            if (revision is not null) db.ActionPlanRevisions.Add(revision);
            return Result.Ok;
        }, ct);

    /// <summary>The plan as its form, with the citizen's primary worker, the team and its disciplines, and the revision dates.</summary>
    public async Task<ActionPlanView> PlanAsync(ScopedCitizen citizen, CancellationToken ct = default)
    {
        var plan = await db.ActionPlans.AsNoTracking().FirstOrDefaultAsync(p => p.CitizenId == citizen.Id, ct);
        var revisions = plan is null ? [] : await db.ActionPlanRevisions.AsNoTracking().Where(r => r.ActionPlanId == plan.Id)
            .OrderByDescending(r => r.Number).Select(r => new { r.Number, r.SavedAt, r.SavedBy }).ToListAsync(ct);
        var teamName = await db.Teams.AsNoTracking().Where(t => t.Id == citizen.TeamId).Select(t => t.Name).FirstAsync(ct);
        var disciplines = await db.TeamMembers.AsNoTracking().Where(m => m.TeamId == citizen.TeamId && m.Discipline != null)
            .Select(m => m.Discipline!).Distinct().ToListAsync(ct);
        // Staff with lived experience work beside the professionals, a discipline like the others (domain.md §7): offered even
        // before the team has one.
        if (!disciplines.Contains(Domain.ActionPlans.ActDisciplines.PeerWorker, StringComparer.OrdinalIgnoreCase)) disciplines.Add(Domain.ActionPlans.ActDisciplines.PeerWorker);
        var worker = await db.Courses.AsNoTracking().Where(k => k.CitizenId == citizen.Id && k.TeamId == citizen.TeamId && k.Status == Domain.Courses.CourseStatus.Active)
            .Select(k => k.PrimaryWorkerId).FirstOrDefaultAsync(ct);
        var names = await users.NamesAsync(revisions.Select(r => r.SavedBy).Append(worker).OfType<string>().Distinct(), ct);
        var input = new ActionPlanInput
        {
            CitizensView = plan?.CitizensView, Version = plan?.Version ?? Guid.Empty,
            Goals = [.. (plan?.Goals ?? []).Select(g => new PlanGoalInput
            {
                Id = g.Id, Area = g.Area, CitizensWords = g.CitizensWords, Goal = g.Goal, Actions = g.Actions, WhoInTeam = g.WhoInTeam,
                FollowUpOn = g.FollowUpOn, Status = g.Status, Declined = g.Declined, When = g.When, Resources = g.Resources,
            })],
        };
        return new ActionPlanView(citizen, worker is null ? null : names.GetValueOrDefault(worker), teamName, input,
            revisions.Select(r => new ActionPlanRevisionRow(r.Number, r.SavedAt, r.SavedBy is null ? "–" : names.GetValueOrDefault(r.SavedBy, "–"))).ToList(),
            disciplines.Order().ToList());
    }
}
