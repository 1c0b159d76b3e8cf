using Caseload.Application.Common.Time;
using Caseload.Domain.Results;
using FluentValidation;

namespace Caseload.Application.Results.Reviews;

public sealed class ManualScoreInput
{
    public string? Code { get; set; }
    public int? Score { get; set; }
    public string? Note { get; set; }
}

/// <summary>The review form: the period, a score and note for each item no data can show, and the version of the latest
/// review the form was made from (so two leaders saving at once do not both believe theirs follows the same one).</summary>
public sealed class FidelityReviewInput
{
    public DateOnly? PeriodFrom { get; set; }
    public DateOnly? PeriodTo { get; set; }
    public List<ManualScoreInput> Items { get; set; } = [];
    public Guid? Version { get; set; }
}

public sealed class FidelityReviewInputValidator : AbstractValidator<FidelityReviewInput>
{
    public FidelityReviewInputValidator()
    {
        RuleFor(x => x.PeriodFrom).NotNull().WithMessage("Angiv periodens startdato.").SaneDate();
        RuleFor(x => x.PeriodTo).NotNull().WithMessage("Angiv periodens slutdato.").SaneDate();
        RuleFor(x => x.PeriodTo).GreaterThanOrEqualTo(x => x.PeriodFrom).When(x => x.PeriodFrom is not null && x.PeriodTo is not null)
            .WithMessage("Periodens slutdato skal ligge efter startdatoen.");
        RuleForEach(x => x.Items).ChildRules(i =>
        {
            i.RuleFor(x => x.Score).NotNull().WithMessage(x => $"Giv {x.Code} en score fra 1 til 5.")
                .InclusiveBetween(FidelityReview.MinScore, FidelityReview.MaxScore).WithMessage(x => $"Giv {x.Code} en score fra 1 til 5.");
            i.RuleFor(x => x.Note).MaximumLength(FidelityReview.NoteMaxLength)
                .WithMessage(x => $"Noten til {x.Code} må højst være {FidelityReview.NoteMaxLength} tegn.");
        });
    }
}
