using Caseload.Domain.Courses;
using Caseload.Application.Common.Time;
using Caseload.Domain.Cti;
using FluentValidation;

namespace Caseload.Application.Cti;

public sealed class StartCtiInput
{
    public string? PrimaryWorkerId { get; set; }
    /// <summary>The first day of the contact period.</summary>
    public DateOnly? ContactPeriodStart { get; set; }
    public DateOnly? PlannedMoveIn { get; set; }
    public CtiResidence? Residence { get; set; }
    /// <summary>"Tildel alligevel": the leader confirms a worker who comes over the caseload limit, and says why (issue #27 item 2).</summary>
    public bool AssignAnyway { get; set; }
    public string? OverLimitReason { get; set; }
}

public sealed class ContactPeriodInput
{
    public DateOnly? PlannedMoveIn { get; set; }
    public CtiResidence? Residence { get; set; }
}

/// <summary>One checklist item as ticked: "Done", "NotRelevant" (with a reason) or nothing yet.</summary>
public sealed class ChecklistItemInput
{
    public string? State { get; set; }
    public string? Reason { get; set; }
}

public sealed class TransitionInput
{
    public DateOnly? Date { get; set; }
    public string? Comment { get; set; }
    public List<ChecklistItemInput> Checklist { get; set; } = [];
    public Guid Version { get; set; }
}

public sealed class InterruptInput
{
    public InterruptionReason? Reason { get; set; }
    public DateOnly? Date { get; set; }
    public string? Note { get; set; }
    public string? ReceivingMunicipality { get; set; }
    public string? ReceivingContactPerson { get; set; }
    public Guid Version { get; set; }
}

public sealed class MeasurementInput
{
    public MeasurementPoint? Point { get; set; }
    public DateOnly? Date { get; set; }
    public int? Who5Cheerful { get; set; }
    public int? Who5Calm { get; set; }
    public int? Who5Active { get; set; }
    public int? Who5Rested { get; set; }
    public int? Who5Interested { get; set; }
    public int? LifeSituation { get; set; }
    public HousingStatus? Housing { get; set; }
    public SubstanceUse? SubstanceUse { get; set; }
    public int? Readiness { get; set; }
    public string? CitizensWords { get; set; }
}

public sealed class GoalInput
{
    /// <summary>Null for a new goal.</summary>
    public Guid? GoalId { get; set; }
    public string? Goal { get; set; }
    public string? Activities { get; set; }
    public string? Support { get; set; }
    public GoalStatus? Status { get; set; }
}

public sealed class HandoverPlanInput
{
    public string? LongTermNeeds { get; set; }
    public string? SupportAfterCourse { get; set; }
    public string? ResponsiblePersonName { get; set; }
    public string? ResponsiblePersonRole { get; set; }
    public string? ResponsiblePersonContact { get; set; }
}

public sealed class HandoverMeetingInput
{
    public DateOnly? Date { get; set; }
    public string? Participants { get; set; }
    public bool Held { get; set; }
}

public sealed class StartCtiInputValidator : AbstractValidator<StartCtiInput>
{
    public StartCtiInputValidator()
    {
        RuleFor(x => x.PrimaryWorkerId).NotEmpty().WithMessage("Vælg en CTI-medarbejder fra teamet.");
        RuleFor(x => x.ContactPeriodStart).NotNull().WithMessage("Angiv hvornår kontaktskabelsen starter.")
            .Must(d => d is null || DateRules.IsSane(d.Value)).WithMessage(DateRules.OutOfRangeMessage);
        RuleFor(x => x.PlannedMoveIn).NotNull().WithMessage("Angiv den planlagte indflytningsdato.")
            .Must(d => d is null || DateRules.IsSane(d.Value)).WithMessage(DateRules.OutOfRangeMessage);
        RuleFor(x => x.Residence).NotNull().WithMessage("Vælg hvor borgeren bor nu.").IsInEnum().WithMessage("Vælg hvor borgeren bor nu.");
        RuleFor(x => x.OverLimitReason).NotEmpty().When(x => x.AssignAnyway).WithMessage("Angiv en begrundelse for at tildele alligevel.");
        RuleFor(x => x.OverLimitReason).MaximumLength(Course.ReasonMaxLength - Course.StartedOverLimit.Length)
            .WithMessage($"Begrundelsen må højst være {Course.ReasonMaxLength - Course.StartedOverLimit.Length} tegn.");
    }
}

public sealed class ContactPeriodInputValidator : AbstractValidator<ContactPeriodInput>
{
    public ContactPeriodInputValidator()
    {
        RuleFor(x => x.PlannedMoveIn).NotNull().WithMessage("Angiv den planlagte indflytningsdato.")
            .Must(d => d is null || DateRules.IsSane(d.Value)).WithMessage(DateRules.OutOfRangeMessage);
        RuleFor(x => x.Residence).NotNull().WithMessage("Vælg hvor borgeren bor nu.").IsInEnum().WithMessage("Vælg hvor borgeren bor nu.");
    }
}

public sealed class TransitionInputValidator : AbstractValidator<TransitionInput>
{
    public TransitionInputValidator()
    {
        RuleFor(x => x.Date).NotNull().WithMessage("Angiv datoen for overgangen.")
            .Must(d => d is null || DateRules.IsSane(d.Value)).WithMessage(DateRules.OutOfRangeMessage);
        RuleFor(x => x.Comment).MaximumLength(CtiCourse.CommentMaxLength).WithMessage($"Kommentaren må højst være {CtiCourse.CommentMaxLength} tegn.");
    }
}

public sealed class InterruptInputValidator : AbstractValidator<InterruptInput>
{
    public InterruptInputValidator()
    {
        RuleFor(x => x.Reason).NotNull().WithMessage("Vælg hvorfor forløbet afbrydes.").IsInEnum().WithMessage("Vælg hvorfor forløbet afbrydes.");
        RuleFor(x => x.Date).NotNull().WithMessage("Angiv datoen.")
            .Must(d => d is null || DateRules.IsSane(d.Value)).WithMessage(DateRules.OutOfRangeMessage);
    }
}

public sealed class MeasurementInputValidator : AbstractValidator<MeasurementInput>
{
    public MeasurementInputValidator()
    {
        RuleFor(x => x.Point).NotNull().WithMessage("Vælg målepunkt.").IsInEnum().WithMessage("Vælg målepunkt.");
        RuleFor(x => x.Date).NotNull().WithMessage("Angiv datoen for målingen.")
            .Must(d => d is null || DateRules.IsSane(d.Value)).WithMessage(DateRules.OutOfRangeMessage);
        foreach (var (item, n) in new (System.Linq.Expressions.Expression<Func<MeasurementInput, int?>>, int)[]
                     { (x => x.Who5Cheerful, 1), (x => x.Who5Calm, 2), (x => x.Who5Active, 3), (x => x.Who5Rested, 4), (x => x.Who5Interested, 5) })
            RuleFor(item).NotNull().WithMessage($"Besvar WHO-5 udsagn {n}.").InclusiveBetween(0, 5).WithMessage($"WHO-5 udsagn {n} besvares fra 0 til 5.");
        RuleFor(x => x.LifeSituation).NotNull().WithMessage("Angiv livssituation (1–10).").InclusiveBetween(1, 10).WithMessage("Livssituation angives fra 1 til 10.");
        RuleFor(x => x.Housing).NotNull().WithMessage("Vælg boligsituation.").IsInEnum().WithMessage("Vælg boligsituation.");
        RuleFor(x => x.SubstanceUse).NotNull().WithMessage("Vælg brug af rusmidler.").IsInEnum().WithMessage("Vælg brug af rusmidler.");
        RuleFor(x => x.Readiness).NotNull().WithMessage("Angiv parathed til uddannelse eller job (1–5).").InclusiveBetween(1, 5).WithMessage("Parathed angives fra 1 til 5.");
        RuleFor(x => x.CitizensWords).MaximumLength(CtiMeasurement.WordsMaxLength).WithMessage($"Borgerens egne ord må højst være {CtiMeasurement.WordsMaxLength} tegn.");
    }
}

public sealed class GoalInputValidator : AbstractValidator<GoalInput>
{
    public GoalInputValidator()
    {
        RuleFor(x => x.Goal).NotEmpty().WithMessage("Skriv målet med borgerens egne ord.")
            .MaximumLength(CtiGoal.GoalMaxLength).WithMessage($"Målet må højst være {CtiGoal.GoalMaxLength} tegn.");
        RuleFor(x => x.Status).NotNull().WithMessage("Vælg status for målet.").IsInEnum().WithMessage("Vælg status for målet.");
    }
}

public sealed class HandoverPlanInputValidator : AbstractValidator<HandoverPlanInput>
{
    public HandoverPlanInputValidator()
    {
        RuleFor(x => x.ResponsiblePersonName).MaximumLength(CtiCourse.NameMaxLength).WithMessage($"Navnet må højst være {CtiCourse.NameMaxLength} tegn.");
    }
}

public sealed class HandoverMeetingInputValidator : AbstractValidator<HandoverMeetingInput>
{
    public HandoverMeetingInputValidator()
    {
        RuleFor(x => x.Date).NotNull().WithMessage("Angiv mødets dato.")
            .Must(d => d is null || DateRules.IsSane(d.Value)).WithMessage(DateRules.OutOfRangeMessage);
        RuleFor(x => x.Participants).NotEmpty().WithMessage("Angiv hvem der deltager.");
    }
}
