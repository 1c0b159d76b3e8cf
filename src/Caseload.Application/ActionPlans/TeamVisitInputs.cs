using Caseload.Application.Common.Time;
using Caseload.Domain.ActionPlans;
using FluentValidation;

namespace Caseload.Application.ActionPlans;

/// <summary>A visit planned on the team's week: which citizen, which worker, when and where (a place type only).</summary>
public sealed class TeamVisitInput
{
    public Guid? CitizenId { get; set; }
    public string? WorkerId { get; set; }
    public DateOnly? Date { get; set; }
    public TimeOnly? StartsAt { get; set; }
    public VisitPlace? Place { get; set; }
}

public sealed class TeamVisitInputValidator : AbstractValidator<TeamVisitInput>
{
    public TeamVisitInputValidator()
    {
        RuleFor(x => x.CitizenId).NotNull().WithMessage("Vælg hvilken borger besøget er hos.");
        RuleFor(x => x.WorkerId).NotEmpty().WithMessage("Vælg hvilken medarbejder der kommer på besøg.");
        RuleFor(x => x.Date).NotNull().WithMessage("Angiv besøgets dato.").SaneDate();
        RuleFor(x => x.StartsAt).NotNull().WithMessage("Angiv hvornår besøget begynder.");
        RuleFor(x => x.StartsAt).Must((x, t) => !DateRules.IsInDaylightSavingGap(x.Date!.Value.ToDateTime(t!.Value)))
            .When(x => x.Date is not null && x.StartsAt is not null && DateRules.IsSane(x.Date.Value)).WithMessage(DateRules.DaylightSavingGapMessage);
        RuleFor(x => x.Place).NotNull().WithMessage("Vælg hvor besøget foregår.").IsInEnum().WithMessage("Vælg hvor besøget foregår.");
    }
}
