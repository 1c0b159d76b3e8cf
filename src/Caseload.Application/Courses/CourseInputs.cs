using Caseload.Application.Common.Time;
using Caseload.Domain.Courses;
using Caseload.Domain.Teams;
using FluentValidation;

namespace Caseload.Application.Courses;

public sealed class StartCourseInput
{
    public string? PrimaryWorkerId { get; set; }
    public DateOnly? StartDate { get; set; }
    /// <summary>"Tildel alligevel": the leader confirms a primary worker who comes over the caseload limit …</summary>
    public bool AssignAnyway { get; set; }
    /// <summary>… and says why (kept in the course's assignment history).</summary>
    public string? OverLimitReason { get; set; }
}

public sealed class ReassignInput
{
    public string? NewWorkerId { get; set; }
    public string? Reason { get; set; }
    /// <summary>"Tildel alligevel": the leader confirms a move over the caseload limit (the reason above is recorded).</summary>
    public bool AssignAnyway { get; set; }
    /// <summary>The course version the form was based on: a stale form cannot override another leader's change.</summary>
    public Guid Version { get; set; }
}

public sealed class BulkReassignInput
{
    public string? From { get; set; }
    /// <summary>The new primary worker of every course not given another in <see cref="Split"/>.</summary>
    public string? ToWorkerId { get; set; }
    /// <summary>Per course: its own new primary worker, so the citizens can be split between several (issue #27 item 2).</summary>
    public Dictionary<Guid, string?> Split { get; set; } = [];
    public string? Reason { get; set; }
    /// <summary>"Tildel alligevel": the leader confirms a move over the caseload limit (the reason above is recorded).</summary>
    public bool AssignAnyway { get; set; }

    /// <summary>The new primary worker chosen for the course on a row of the form, if any.</summary>
    public string? TargetOf(ReassignPreviewRow row) => TargetOf(row.CourseId);

    internal string? TargetOf(Guid courseId) => Split.GetValueOrDefault(courseId) is { Length: > 0 } own ? own : ToWorkerId is { Length: > 0 } all ? all : null;
}

public sealed class CloseCourseInput
{
    public DateOnly? EndDate { get; set; }
    public Domain.Courses.CourseEndCause? Cause { get; set; }
    public string? Reason { get; set; }
    public Guid Version { get; set; }
}

public sealed class AttachMemberInput
{
    public string? UserId { get; set; }
    public string? Discipline { get; set; }
}

public sealed class StartCourseInputValidator : AbstractValidator<StartCourseInput>
{
    public StartCourseInputValidator()
    {
        RuleFor(x => x.PrimaryWorkerId).NotEmpty().WithMessage("Vælg en tovholder fra teamet.");
        RuleFor(x => x.StartDate).NotNull().WithMessage("Angiv startdato for forløbet.")
            .Must(d => d is null || DateRules.IsSane(d.Value)).WithMessage(DateRules.OutOfRangeMessage);
        RuleFor(x => x.OverLimitReason).NotEmpty().When(x => x.AssignAnyway).WithMessage("Angiv en begrundelse for at tildele alligevel.");
        RuleFor(x => x.OverLimitReason).MaximumLength(Course.ReasonMaxLength - Course.StartedOverLimit.Length)
            .WithMessage($"Begrundelsen må højst være {Course.ReasonMaxLength - Course.StartedOverLimit.Length} tegn.");
    }
}

public sealed class ReassignInputValidator : AbstractValidator<ReassignInput>
{
    public ReassignInputValidator()
    {
        RuleFor(x => x.NewWorkerId).NotEmpty().WithMessage("Vælg en ny tovholder fra teamet.");
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Angiv en begrundelse for skiftet.")
            .MaximumLength(Course.ReasonMaxLength).WithMessage($"Begrundelsen må højst være {Course.ReasonMaxLength} tegn.");
    }
}

public sealed class BulkReassignInputValidator : AbstractValidator<BulkReassignInput>
{
    public BulkReassignInputValidator()
    {
        RuleFor(x => x.Split.Count).LessThanOrEqualTo(500).OverridePropertyName("Split").WithMessage("For mange borgere i én flytning.");
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Angiv en begrundelse for skiftet.")
            .MaximumLength(Course.ReasonMaxLength).WithMessage($"Begrundelsen må højst være {Course.ReasonMaxLength} tegn.");
    }
}

public sealed class CloseCourseInputValidator : AbstractValidator<CloseCourseInput>
{
    public CloseCourseInputValidator()
    {
        RuleFor(x => x.EndDate).NotNull().WithMessage("Angiv slutdato.")
            .Must(d => d is null || DateRules.IsSane(d.Value)).WithMessage(DateRules.OutOfRangeMessage);
        RuleFor(x => x.Cause).IsInEnum().WithMessage("Vælg en gyldig årsagstype.");
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Angiv hvorfor forløbet afsluttes.")
            .MaximumLength(Course.ReasonMaxLength).WithMessage($"Årsagen må højst være {Course.ReasonMaxLength} tegn.");
    }
}

public sealed class AttachMemberInputValidator : AbstractValidator<AttachMemberInput>
{
    public AttachMemberInputValidator()
    {
        RuleFor(x => x.UserId).NotEmpty().WithMessage("Vælg en medarbejder fra teamet.");
        RuleFor(x => x.Discipline).MaximumLength(TeamMember.DisciplineMaxLength)
            .WithMessage($"Faggruppe må højst være {TeamMember.DisciplineMaxLength} tegn.");
    }
}
