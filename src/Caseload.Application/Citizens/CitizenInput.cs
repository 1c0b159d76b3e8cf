using Caseload.Application.Common.Time;
using Caseload.Domain.Citizens;
using FluentValidation;

namespace Caseload.Application.Citizens;

/// <summary>The citizen form. Strings as typed, so a failed save can show them again unchanged.
/// The CPR number is typed only when creating; changing it later is its own, audited action.</summary>
public sealed class CitizenInput
{
    public Guid TeamId { get; set; }
    public string? Name { get; set; }
    /// <summary>Only when creating.</summary>
    public string? Cpr { get; set; }
    public string? Address { get; set; }
    public bool SecretAddress { get; set; }
    public string? Phone { get; set; }
    public string? SecondaryPhone { get; set; }
    public string? Email { get; set; }
    public bool InterpreterNeeded { get; set; }
    public string? InterpreterLanguage { get; set; }
    public Whereabouts Whereabouts { get; set; }
    public string? ActingMunicipality { get; set; }
    public string? Notes { get; set; }
    /// <summary>The version the form was loaded from (optimistic concurrency).</summary>
    public Guid Version { get; set; }
}

public sealed class CitizenInputValidator : AbstractValidator<CitizenInput>
{
    public CitizenInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Angiv borgerens navn.")
            .MaximumLength(Citizen.NameMaxLength).WithMessage($"Navnet må højst være {Citizen.NameMaxLength} tegn.");
        RuleFor(x => x.TeamId).NotEmpty().WithMessage("Vælg det team, borgeren hører til.");
        RuleFor(x => x.Address).MaximumLength(Citizen.AddressMaxLength).WithMessage($"Adressen må højst være {Citizen.AddressMaxLength} tegn.");
        RuleFor(x => x.Phone).MaximumLength(Citizen.PhoneMaxLength).WithMessage($"Telefonnummeret må højst være {Citizen.PhoneMaxLength} tegn.");
        RuleFor(x => x.SecondaryPhone).MaximumLength(Citizen.PhoneMaxLength).WithMessage($"Telefonnummeret må højst være {Citizen.PhoneMaxLength} tegn.");
        RuleFor(x => x.Email).MaximumLength(Citizen.EmailMaxLength).WithMessage($"E-mailadressen må højst være {Citizen.EmailMaxLength} tegn.")
            .EmailAddress().When(x => !string.IsNullOrWhiteSpace(x.Email)).WithMessage("E-mailadressen er ikke gyldig.");
        RuleFor(x => x.InterpreterLanguage).NotEmpty().When(x => x.InterpreterNeeded).WithMessage("Angiv sproget, når der er brug for tolk.")
            .MaximumLength(Citizen.LanguageMaxLength).WithMessage($"Sproget må højst være {Citizen.LanguageMaxLength} tegn.");
        RuleFor(x => x.ActingMunicipality).MaximumLength(Citizen.MunicipalityMaxLength).WithMessage($"Handlekommune må højst være {Citizen.MunicipalityMaxLength} tegn.");
        RuleFor(x => x.Notes).MaximumLength(Citizen.NotesMaxLength).WithMessage($"Noter må højst være {Citizen.NotesMaxLength} tegn.");
        RuleFor(x => x.Whereabouts).IsInEnum().WithMessage("Vælg et opholdssted.");
    }
}

/// <summary>A new citizen: the form above, and the CPR number is required and valid.</summary>
public sealed class NewCitizenInputValidator : AbstractValidator<CitizenInput>
{
    public NewCitizenInputValidator(IDanishClock clock)
    {
        Include(new CitizenInputValidator());
        RuleFor(x => x.Cpr).Custom((value, ctx) =>
        {
            if (!CprNumber.TryParse(value, clock.Today, out _, out var error)) ctx.AddFailure(nameof(CitizenInput.Cpr), error);
        });
    }
}

/// <summary>Changing a registered citizen's CPR number: a deliberate action with a reason, audited.</summary>
public sealed class CprChangeInput
{
    public string? NewCpr { get; set; }
    public string? Reason { get; set; }
    public Guid Version { get; set; }
}

public sealed class CprChangeInputValidator : AbstractValidator<CprChangeInput>
{
    public const int ReasonMaxLength = 300;

    public CprChangeInputValidator(IDanishClock clock)
    {
        RuleFor(x => x.NewCpr).Custom((value, ctx) =>
        {
            if (!CprNumber.TryParse(value, clock.Today, out _, out var error)) ctx.AddFailure(nameof(CprChangeInput.NewCpr), error);
        });
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Angiv hvorfor CPR-nummeret rettes.")
            .MaximumLength(ReasonMaxLength).WithMessage($"Begrundelsen må højst være {ReasonMaxLength} tegn.");
    }
}
