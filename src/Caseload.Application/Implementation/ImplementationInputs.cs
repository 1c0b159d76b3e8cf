using Caseload.Application.Common.Time;
using Caseload.Domain.Implementation;
using Caseload.Domain.Teams;
using FluentValidation;

namespace Caseload.Application.Implementation;

public sealed class NewProjectInput
{
    public Method? Method { get; set; }
    public string? Unit { get; set; }
    public ImplementationPhase? Phase { get; set; }
}

public sealed class ActivityInput
{
    public Guid Id { get; set; }
    public string? FocusArea { get; set; }
    public string? Activity { get; set; }
    public string? Responsible { get; set; }
    public DateOnly? Deadline { get; set; }
    public ActivityStatus? Status { get; set; }
    public string? FollowUp { get; set; }
}

public sealed class RoleInput
{
    public Guid Id { get; set; }
    public RoleLevel? Level { get; set; }
    public string? Role { get; set; }
    public string? Responsibility { get; set; }
}

public sealed class PlanInput
{
    public List<ActivityInput> Activities { get; set; } = [];
    public List<RoleInput> Roles { get; set; } = [];
    public Guid Version { get; set; }
}

public sealed class NewProjectInputValidator : AbstractValidator<NewProjectInput>
{
    public NewProjectInputValidator()
    {
        RuleFor(x => x.Method).NotNull().WithMessage("Vælg metoden.").IsInEnum().WithMessage("Vælg metoden.");
        RuleFor(x => x.Unit).NotEmpty().WithMessage("Skriv hvilken enhed implementeringen gælder.")
            .MaximumLength(ImplementationProject.UnitMaxLength).WithMessage($"Enheden må højst være {ImplementationProject.UnitMaxLength} tegn.");
        RuleFor(x => x.Phase).NotNull().WithMessage("Vælg fasen.").IsInEnum().WithMessage("Vælg fasen.");
    }
}

public sealed class PlanInputValidator : AbstractValidator<PlanInput>
{
    public PlanInputValidator()
    {
        const int brief = ImplementationProject.ShortMaxLength, text = ImplementationProject.TextMaxLength;
        RuleFor(x => x.Activities.Count).LessThanOrEqualTo(ImplementationProject.MaxActivities + 5).OverridePropertyName("Activities")
            .WithMessage($"En implementeringsplan kan højst have {ImplementationProject.MaxActivities} aktiviteter.");
        RuleFor(x => x.Roles.Count).LessThanOrEqualTo(ImplementationProject.MaxRoles + 5).OverridePropertyName("Roles")
            .WithMessage($"Rolletabellen kan højst have {ImplementationProject.MaxRoles} rækker.");
        RuleForEach(x => x.Activities).ChildRules(a =>
        {
            a.RuleFor(x => x.FocusArea).MaximumLength(brief).WithMessage($"Fokusområdet må højst være {brief} tegn.");
            a.RuleFor(x => x.Activity).MaximumLength(brief * 2).WithMessage($"Aktiviteten må højst være {brief * 2} tegn.");
            a.RuleFor(x => x.Responsible).MaximumLength(brief).WithMessage($"«Ansvarlig» må højst være {brief} tegn.");
            a.RuleFor(x => x.FollowUp).MaximumLength(text).WithMessage($"Opfølgningen må højst være {text} tegn.");
            a.RuleFor(x => x.Deadline).SaneDate();
            a.RuleFor(x => x.Status).IsInEnum().WithMessage("Vælg en status.");
        });
        RuleForEach(x => x.Roles).ChildRules(r =>
        {
            r.RuleFor(x => x.Role).MaximumLength(brief).WithMessage($"Rollen må højst være {brief} tegn.");
            r.RuleFor(x => x.Responsibility).MaximumLength(text).WithMessage($"Ansvaret må højst være {text} tegn.");
            r.RuleFor(x => x.Level).IsInEnum().WithMessage("Vælg niveau.");
        });
    }
}
