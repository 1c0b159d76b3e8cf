using FluentValidation;

namespace Caseload.Web.Features.Account;

public sealed class LoginInput
{
    public string? Email { get; set; }
    public string? Password { get; set; }
    public string? ReturnUrl { get; set; }
}

public sealed class LoginInputValidator : AbstractValidator<LoginInput>
{
    public LoginInputValidator()
    {
        RuleFor(x => x.Email).NotEmpty().WithMessage("Angiv din e-mailadresse.")
            .MaximumLength(EmailMaxLength).WithMessage($"E-mailadressen må højst være {EmailMaxLength} tegn.");
        RuleFor(x => x.Password).NotEmpty().WithMessage("Angiv din adgangskode.")
            .MaximumLength(Application.Users.UserInputValidator.PasswordMaxLength)
            .WithMessage($"Adgangskoden må højst være {Application.Users.UserInputValidator.PasswordMaxLength} tegn.");
    }

    public const int EmailMaxLength = Application.Users.UserInputValidator.EmailMaxLength;
}

public sealed class TwoFactorLoginInput
{
    public string? Code { get; set; }
    public string? ReturnUrl { get; set; }
}

public sealed class ForgotPasswordInput
{
    public string? Email { get; set; }
}

public sealed class ForgotPasswordInputValidator : AbstractValidator<ForgotPasswordInput>
{
    public ForgotPasswordInputValidator()
    {
        RuleFor(x => x.Email).NotEmpty().WithMessage("Angiv din e-mailadresse.")
            .MaximumLength(LoginInputValidator.EmailMaxLength).WithMessage($"E-mailadressen må højst være {LoginInputValidator.EmailMaxLength} tegn.");
    }
}

public sealed class ResetPasswordInput
{
    public string? Email { get; set; }
    public string? Token { get; set; }
    public string? Password { get; set; }
    public string? ConfirmPassword { get; set; }
}

public sealed class ResetPasswordInputValidator : AbstractValidator<ResetPasswordInput>
{
    public ResetPasswordInputValidator()
    {
        RuleFor(x => x.Email).NotEmpty().WithMessage("Angiv din e-mailadresse.");
        RuleFor(x => x.Token).NotEmpty().WithMessage("Linket er ugyldigt. Bed om et nyt.");
        RuleFor(x => x.Password).NotEmpty().WithMessage("Angiv en ny adgangskode.")
            .MinimumLength(12).WithMessage("Adgangskoden skal være mindst 12 tegn.");
        RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage("De to adgangskoder er ikke ens.");
    }
}

public sealed class EnableAuthenticatorModel
{
    public string SharedKey { get; set; } = "";
    public string QrCodeSvg { get; set; } = "";
    public bool Enabled { get; set; }
    public bool Required { get; set; }
    /// <summary>The user was sent here because their role requires two-factor authentication.</summary>
    public bool SentHereByRequirement { get; set; }
    public string? Code { get; set; }
}
