using Caseload.Application.Security;
using Caseload.Domain.Teams;
using FluentValidation;

namespace Caseload.Application.Users;

/// <summary>What an administrator fills in for a user.</summary>
public sealed class UserInput
{
    public string? FullName { get; set; }
    public string? Email { get; set; }
    /// <summary>Only when creating: the first password (the user can change it via "glemt adgangskode").</summary>
    public string? Password { get; set; }
    public List<string> Roles { get; set; } = [];
    public List<TeamMembershipInput> Teams { get; set; } = [];
    /// <summary>The user's concurrency stamp when the form was loaded: a stale form cannot override another change.</summary>
    public string? ConcurrencyStamp { get; set; }
}

/// <summary>The user's place in one team; Role null means "not a member".</summary>
public sealed class TeamMembershipInput
{
    public Guid TeamId { get; set; }
    public string TeamName { get; set; } = "";
    public TeamRole? Role { get; set; }
    public decimal Fte { get; set; } = 1.0m;
    public string? Discipline { get; set; }
}

public sealed class UserInputValidator : AbstractValidator<UserInput>
{
    public const int FullNameMaxLength = 150;
    public const int EmailMaxLength = 256;
    public const int PasswordMaxLength = 128;

    public UserInputValidator()
    {
        RuleFor(x => x.FullName).NotEmpty().WithMessage("Angiv brugerens navn.")
            .MaximumLength(FullNameMaxLength).WithMessage($"Navnet må højst være {FullNameMaxLength} tegn.");
        RuleFor(x => x.Email).NotEmpty().WithMessage("Angiv brugerens e-mailadresse.")
            .MaximumLength(EmailMaxLength).WithMessage($"E-mailadressen må højst være {EmailMaxLength} tegn.")
            .EmailAddress().WithMessage("E-mailadressen er ikke gyldig.");
        RuleFor(x => x.Password).MaximumLength(PasswordMaxLength).WithMessage($"Adgangskoden må højst være {PasswordMaxLength} tegn.");
        RuleFor(x => x.Roles).NotEmpty().WithMessage("Vælg mindst én rolle.");
        RuleForEach(x => x.Roles).Must(r => Security.Roles.All.Contains(r)).WithMessage("Ukendt rolle.");
        RuleForEach(x => x.Teams).ChildRules(t =>
        {
            t.RuleFor(m => m.Fte).InclusiveBetween(TeamMember.MinFte, TeamMember.MaxFte).When(m => m.Role is not null)
                .WithMessage(m => $"Årsværk for {m.TeamName} skal være mellem 0,1 og 1,0.");
            t.RuleFor(m => m.Discipline).MaximumLength(TeamMember.DisciplineMaxLength)
                .WithMessage(m => $"Faggruppe for {m.TeamName} må højst være {TeamMember.DisciplineMaxLength} tegn.");
            t.RuleFor(m => m.Role).IsInEnum().WithMessage("Ukendt rolle i teamet.");
        });
    }
}
