using Caseload.Application.Common.Time;
using Caseload.Domain.ActionPlans;
using FluentValidation;

namespace Caseload.Application.ActionPlans;

/// <summary>The team leader's plan for a team meeting: date, time, place.</summary>
public sealed class TeamMeetingPlanInput
{
    public DateOnly? Date { get; set; }
    public TimeOnly? StartsAt { get; set; }
    public string? Place { get; set; }
    public Guid Version { get; set; }
}

/// <summary>The team's review of one citizen at the meeting, with new tasks (empty rows are left out).</summary>
public sealed class TeamMeetingReviewInput
{
    public const int TaskRows = 2;

    public string? Note { get; set; }
    public string? Decisions { get; set; }
    public bool CitizenTookPart { get; set; }
    public List<TeamTaskInput> Tasks { get; set; } = [];
}

public sealed class TeamTaskInput
{
    /// <summary>The owner's choice: <see cref="CitizenOwner"/>, <see cref="PartnerOwner"/>, or a worker's user id.</summary>
    public const string CitizenOwner = "borger";
    public const string PartnerOwner = "partner";

    public string? Description { get; set; }
    public string? OwnerId { get; set; }
    /// <summary>The partner's name or role, when a partner has the task.</summary>
    public string? OwnerName { get; set; }
    public DateOnly? DueOn { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Description) && string.IsNullOrWhiteSpace(OwnerId) && string.IsNullOrWhiteSpace(OwnerName) && DueOn is null;

    public Domain.ActionPlans.TaskOwnerKind OwnerKind => OwnerId switch
    {
        CitizenOwner => Domain.ActionPlans.TaskOwnerKind.Citizen,
        PartnerOwner => Domain.ActionPlans.TaskOwnerKind.Partner,
        _ => Domain.ActionPlans.TaskOwnerKind.Worker,
    };
}

/// <summary>"Afslut møde": the workers present.</summary>
public sealed class TeamMeetingCloseInput
{
    public List<string> Present { get; set; } = [];
}

public sealed class ActTeamSettingsInput
{
    public MeetingCadence? Cadence { get; set; }
    public int? ReviewEveryWeeks { get; set; }
}

public sealed class TeamMeetingPlanInputValidator : AbstractValidator<TeamMeetingPlanInput>
{
    public TeamMeetingPlanInputValidator()
    {
        RuleFor(x => x.Date).NotNull().WithMessage("Angiv mødets dato.").SaneDate();
        RuleFor(x => x.StartsAt).NotNull().WithMessage("Angiv hvornår mødet begynder.");
        RuleFor(x => x.StartsAt).Must((x, t) => !DateRules.IsInDaylightSavingGap(x.Date!.Value.ToDateTime(t!.Value)))
            .When(x => x.Date is not null && x.StartsAt is not null && DateRules.IsSane(x.Date.Value)).WithMessage(DateRules.DaylightSavingGapMessage);
        RuleFor(x => x.Place).MaximumLength(TeamMeeting.PlaceMaxLength).WithMessage($"Stedet må højst være {TeamMeeting.PlaceMaxLength} tegn.");
    }
}

public sealed class TeamMeetingReviewInputValidator : AbstractValidator<TeamMeetingReviewInput>
{
    public TeamMeetingReviewInputValidator()
    {
        const int note = TeamMeetingItem.NoteMaxLength, task = TeamMeetingTask.DescriptionMaxLength;
        RuleFor(x => x.Note).MaximumLength(note).WithMessage($"Noten må højst være {note} tegn.");
        RuleFor(x => x.Decisions).MaximumLength(note).WithMessage($"Beslutningerne må højst være {note} tegn.");
        RuleFor(x => x.Tasks.Count).LessThanOrEqualTo(10).OverridePropertyName("Tasks").WithMessage("Højst 10 opgaver ad gangen.");
        RuleForEach(x => x.Tasks).ChildRules(t =>
        {
            t.RuleFor(r => r.Description).NotEmpty().When(r => !r.IsEmpty).WithMessage("Beskriv opgaven.");
            t.RuleFor(r => r.Description).MaximumLength(task).WithMessage($"Opgaven må højst være {task} tegn.");
            t.RuleFor(r => r.OwnerId).NotEmpty().When(r => !r.IsEmpty).WithMessage("Vælg hvem der har opgaven: en medarbejder, borgeren eller en samarbejdspartner.");
            t.RuleFor(r => r.OwnerName).NotEmpty().When(r => !r.IsEmpty && r.OwnerId == TeamTaskInput.PartnerOwner).WithMessage("Skriv hvilken samarbejdspartner der har opgaven.");
            t.RuleFor(r => r.OwnerName).MaximumLength(TeamMeetingTask.OwnerNameMaxLength).WithMessage($"Samarbejdspartneren må højst være {TeamMeetingTask.OwnerNameMaxLength} tegn.");
            t.RuleFor(r => r.DueOn).NotNull().When(r => !r.IsEmpty).WithMessage("Angiv en frist for opgaven.").SaneDate();
        });
    }
}

public sealed class ActTeamSettingsInputValidator : AbstractValidator<ActTeamSettingsInput>
{
    public ActTeamSettingsInputValidator()
    {
        RuleFor(x => x.Cadence).NotNull().WithMessage("Vælg om teamet mødes hver uge eller hver anden uge.").IsInEnum()
            .WithMessage("Vælg om teamet mødes hver uge eller hver anden uge.");
        RuleFor(x => x.ReviewEveryWeeks).NotNull().WithMessage(ActTeamSettings.ReviewEveryMessage)
            .InclusiveBetween(ActTeamSettings.MinReviewEveryWeeks, ActTeamSettings.MaxReviewEveryWeeks).WithMessage(ActTeamSettings.ReviewEveryMessage);
    }
}

/// <summary>A period of intensified support: start, planned end, reason, planned contacts per week.</summary>
public sealed class IntensifiedSupportInput
{
    public DateOnly? StartOn { get; set; }
    public DateOnly? EndOn { get; set; }
    public IntensifiedReason? Reason { get; set; }
    public int? ContactsPerWeek { get; set; }
}

public sealed class IntensifiedSupportInputValidator : AbstractValidator<IntensifiedSupportInput>
{
    public IntensifiedSupportInputValidator()
    {
        RuleFor(x => x.StartOn).NotNull().WithMessage("Angiv hvornår den skærpede indsats starter.").SaneDate();
        RuleFor(x => x.EndOn).NotNull().WithMessage("Angiv hvornår den skærpede indsats slutter.").SaneDate();
        RuleFor(x => x.Reason).NotNull().WithMessage("Vælg en årsag.").IsInEnum().WithMessage("Vælg en årsag.");
        RuleFor(x => x.ContactsPerWeek).NotNull().WithMessage("Angiv hvor mange kontakter der er planlagt pr. uge.")
            .InclusiveBetween(IntensifiedSupport.MinContactsPerWeek, IntensifiedSupport.MaxContactsPerWeek)
            .WithMessage($"Planlagte kontakter pr. uge skal være mellem {IntensifiedSupport.MinContactsPerWeek} og {IntensifiedSupport.MaxContactsPerWeek}.");
    }
}
