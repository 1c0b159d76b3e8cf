using Caseload.Application.Common.Time;
using Caseload.Domain.Citizens;
using Caseload.Domain.Outreach;
using FluentValidation;

namespace Caseload.Application.Outreach;

/// <summary>A new referral. For a citizen not yet registered the form also carries name (required), CPR
/// (optional at first), address and phone; for a registered citizen those are left out.</summary>
public sealed class ReferralInput
{
    public string? CitizenName { get; set; }
    public string? Cpr { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public DateOnly? ReceivedOn { get; set; }
    public ReferralSource? Source { get; set; }
    public string? ReferrerName { get; set; }
    public string? ReferrerContact { get; set; }
    public string? Concern { get; set; }
    public string? ReceivedBy { get; set; }
}

public sealed class ScreeningInput
{
    public List<string> Criteria { get; set; } = [];
    /// <summary>Only asked for when the CPR number is unknown; otherwise the age follows from it.</summary>
    public int? Age { get; set; }
    public string? PassedTo { get; set; }
    public DateOnly? ScreenedOn { get; set; }
    public Guid Version { get; set; }
}

public enum ReferralDecision
{
    Accept,
    Decline,
}

public sealed class DecisionInput
{
    public ReferralDecision? Decision { get; set; }
    public string? WorkerId { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public string? DeclineReason { get; set; }
    public Guid Version { get; set; }
    /// <summary>"Tildel alligevel": the leader confirms a worker who comes over the caseload limit, and says why (issue #27 item 2).</summary>
    public bool AssignAnyway { get; set; }
    public string? OverLimitReason { get; set; }
}

public sealed class ReferralInputValidator : AbstractValidator<ReferralInput>
{
    public ReferralInputValidator(IDanishClock clock)
    {
        RuleFor(x => x.ReceivedOn).NotNull().WithMessage("Angiv hvornår henvendelsen kom.").SaneDate();
        RuleFor(x => x.Source).NotNull().WithMessage("Vælg hvem henvendelsen kommer fra.").IsInEnum().WithMessage("Vælg hvem henvendelsen kommer fra.");
        RuleFor(x => x.ReferrerName).NotEmpty().WithMessage("Angiv hvem der henviser (navn eller enhed).")
            .MaximumLength(Referral.NameMaxLength).WithMessage($"Henviserens navn må højst være {Referral.NameMaxLength} tegn.");
        RuleFor(x => x.ReferrerContact).MaximumLength(Referral.ContactMaxLength).WithMessage($"Kontaktoplysningerne må højst være {Referral.ContactMaxLength} tegn.");
        RuleFor(x => x.Concern).NotEmpty().WithMessage("Beskriv bekymringen — hvorfor henvender de sig?")
            .MaximumLength(Referral.TextMaxLength).WithMessage($"Bekymringen må højst være {Referral.TextMaxLength} tegn.");
        RuleFor(x => x.ReceivedBy).NotEmpty().WithMessage("Angiv hvem der modtog henvendelsen.")
            .MaximumLength(Referral.NameMaxLength).WithMessage($"«Modtaget af» må højst være {Referral.NameMaxLength} tegn.");
        RuleFor(x => x.CitizenName).MaximumLength(Citizen.NameMaxLength).WithMessage($"Navnet må højst være {Citizen.NameMaxLength} tegn.");
        RuleFor(x => x.Address).MaximumLength(Citizen.AddressMaxLength).WithMessage($"Adressen må højst være {Citizen.AddressMaxLength} tegn.");
        RuleFor(x => x.Phone).MaximumLength(Citizen.PhoneMaxLength).WithMessage($"Telefonnummeret må højst være {Citizen.PhoneMaxLength} tegn.");
        RuleFor(x => x.Cpr).Custom((value, ctx) =>
        {
            if (!string.IsNullOrWhiteSpace(value) && !CprNumber.TryParse(value, clock.Today, out _, out var error)) ctx.AddFailure(nameof(ReferralInput.Cpr), error);
        });
    }
}

public sealed class ScreeningInputValidator : AbstractValidator<ScreeningInput>
{
    public ScreeningInputValidator()
    {
        RuleFor(x => x.ScreenedOn).NotNull().WithMessage("Angiv datoen for screeningen.").SaneDate();
        RuleFor(x => x.Age).InclusiveBetween(0, 130).WithMessage("Alderen skal være mellem 0 og 130 år.");
        RuleFor(x => x.Criteria).Must(list => list.All(c => ScreeningForm.Find(c) is not null)).WithMessage("Et af de afkrydsede kriterier findes ikke på skemaet.");
        RuleFor(x => x.PassedTo).MaximumLength(Referral.NameMaxLength).WithMessage($"«Videregivet til» må højst være {Referral.NameMaxLength} tegn.");
    }
}

public sealed class DecisionInputValidator : AbstractValidator<DecisionInput>
{
    public DecisionInputValidator()
    {
        RuleFor(x => x.Decision).NotNull().WithMessage("Vælg om borgeren visiteres eller afvises.").IsInEnum().WithMessage("Vælg om borgeren visiteres eller afvises.");
        RuleFor(x => x.DecidedOn).NotNull().WithMessage("Angiv datoen for afgørelsen.").SaneDate();
        RuleFor(x => x.WorkerId).NotEmpty().When(x => x.Decision == ReferralDecision.Accept).WithMessage("Vælg den fremskudte sagsbehandler, borgeren tildeles.");
        RuleFor(x => x.DeclineReason).NotEmpty().When(x => x.Decision == ReferralDecision.Decline).WithMessage("Angiv begrundelsen, som henviseren får.")
            .MaximumLength(Referral.TextMaxLength).WithMessage($"Begrundelsen må højst være {Referral.TextMaxLength} tegn.");
        RuleFor(x => x.OverLimitReason).NotEmpty().When(x => x.AssignAnyway && x.Decision == ReferralDecision.Accept)
            .WithMessage("Angiv en begrundelse for at tildele alligevel.");
        RuleFor(x => x.OverLimitReason).MaximumLength(Domain.Courses.Course.ReasonMaxLength - Domain.Courses.Course.StartedOverLimit.Length)
            .WithMessage($"Begrundelsen må højst være {Domain.Courses.Course.ReasonMaxLength - Domain.Courses.Course.StartedOverLimit.Length} tegn.");
    }
}
