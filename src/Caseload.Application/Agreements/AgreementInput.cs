using Caseload.Application.Common.Time;
using Caseload.Domain.Agreements;
using FluentValidation;

namespace Caseload.Application.Agreements;

public sealed class AgreementRowInput
{
    public Guid Id { get; set; }
    public string? Goal { get; set; }
    public string? ActionsCitizen { get; set; }
    public string? ActionsWorker { get; set; }
    public DateOnly? FollowUpOn { get; set; }
    public GoalReached? Reached { get; set; }
    public string? WentWell { get; set; }
    public string? WentLessWell { get; set; }
}

public sealed class AgreementInput
{
    public DateOnly? MadeOn { get; set; }
    public string? Place { get; set; }
    public string? Present { get; set; }
    public string? CurrentSituation { get; set; }
    public string? Goals { get; set; }
    public string? ObstaclesCitizen { get; set; }
    public string? ObstaclesWorker { get; set; }
    public string? WhatHelps { get; set; }
    public List<AgreementRowInput> Rows { get; set; } = [];
    public string? Coordination { get; set; }
    public string? TasksCoordination { get; set; }
    public string? TasksAuthority { get; set; }
    public string? TasksOther { get; set; }
    public DateOnly? FollowUpOn { get; set; }
    public string? FollowUpStatus { get; set; }
    public bool NeedsNewGoals { get; set; }
    public Guid Version { get; set; }
}

public sealed class AgreementInputValidator : AbstractValidator<AgreementInput>
{
    public AgreementInputValidator()
    {
        const int text = CooperationAgreement.TextMaxLength, brief = CooperationAgreement.ShortMaxLength;
        RuleFor(x => x.MadeOn).NotNull().WithMessage("Angiv datoen for aftalen.").SaneDate();
        RuleFor(x => x.FollowUpOn).SaneDate();
        RuleFor(x => x.Place).MaximumLength(brief).WithMessage($"Stedet må højst være {brief} tegn.");
        RuleFor(x => x.Present).MaximumLength(brief).WithMessage($"«Til stede» må højst være {brief} tegn.");
        foreach (var (field, name) in new (System.Linq.Expressions.Expression<Func<AgreementInput, string?>>, string)[]
        {
            (x => x.CurrentSituation, "Den nuværende situation"), (x => x.Goals, "Målene"), (x => x.ObstaclesCitizen, "Forhindringerne"),
            (x => x.ObstaclesWorker, "Forhindringerne"), (x => x.WhatHelps, "Idéerne"), (x => x.Coordination, "Koordineringen"),
            (x => x.TasksCoordination, "Koordineringsopgaverne"), (x => x.TasksAuthority, "Myndighedsopgaverne"),
            (x => x.TasksOther, "De andre opgaver"), (x => x.FollowUpStatus, "Status"),
        })
            RuleFor(field).MaximumLength(text).WithMessage($"{name} må højst være {text} tegn.");
        RuleFor(x => x.Rows.Count).LessThanOrEqualTo(CooperationAgreement.MaxRows + 5).OverridePropertyName("Rows")
            .WithMessage($"En samarbejdsaftale kan højst have {CooperationAgreement.MaxRows} aftaler.");
        RuleForEach(x => x.Rows).ChildRules(r =>
        {
            r.RuleFor(x => x.Goal).MaximumLength(brief * 2).WithMessage($"Målet må højst være {brief * 2} tegn.");
            r.RuleFor(x => x.ActionsCitizen).MaximumLength(text).WithMessage($"Borgerens handlinger må højst være {text} tegn.");
            r.RuleFor(x => x.ActionsWorker).MaximumLength(text).WithMessage($"Medarbejderens handlinger må højst være {text} tegn.");
            r.RuleFor(x => x.WentWell).MaximumLength(text).WithMessage($"«Hvad gik godt» må højst være {text} tegn.");
            r.RuleFor(x => x.WentLessWell).MaximumLength(text).WithMessage($"«Hvad gik mindre godt» må højst være {text} tegn.");
            r.RuleFor(x => x.FollowUpOn).SaneDate();
            r.RuleFor(x => x.Reached).IsInEnum().WithMessage("Vælg om målet er nået.");
        });
    }
}
