using Microsoft.AspNetCore.Identity;

namespace Caseload.Infrastructure.Identity;

/// <summary>Identity's messages in Danish, for the ones a user can meet.</summary>
public sealed class DanishIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length)
        => new() { Code = nameof(PasswordTooShort), Description = $"Adgangskoden skal være mindst {length} tegn." };
    public override IdentityError PasswordRequiresDigit()
        => new() { Code = nameof(PasswordRequiresDigit), Description = "Adgangskoden skal indeholde mindst ét tal." };
    public override IdentityError PasswordRequiresLower()
        => new() { Code = nameof(PasswordRequiresLower), Description = "Adgangskoden skal indeholde mindst ét lille bogstav." };
    public override IdentityError PasswordRequiresUpper()
        => new() { Code = nameof(PasswordRequiresUpper), Description = "Adgangskoden skal indeholde mindst ét stort bogstav." };
    public override IdentityError PasswordRequiresNonAlphanumeric()
        => new() { Code = nameof(PasswordRequiresNonAlphanumeric), Description = "Adgangskoden skal indeholde mindst ét tegn, der ikke er bogstav eller tal." };
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars)
        => new() { Code = nameof(PasswordRequiresUniqueChars), Description = $"Adgangskoden skal indeholde mindst {uniqueChars} forskellige tegn." };
    public override IdentityError DuplicateEmail(string email)
        => new() { Code = nameof(DuplicateEmail), Description = $"E-mailadressen {email} er allerede i brug." };
    public override IdentityError DuplicateUserName(string userName)
        => new() { Code = nameof(DuplicateUserName), Description = $"Brugernavnet {userName} er allerede i brug." };
    public override IdentityError InvalidEmail(string? email)
        => new() { Code = nameof(InvalidEmail), Description = $"E-mailadressen '{email}' er ikke gyldig." };
    public override IdentityError InvalidToken()
        => new() { Code = nameof(InvalidToken), Description = "Linket er ugyldigt eller udløbet. Bed om et nyt." };
    public override IdentityError PasswordMismatch()
        => new() { Code = nameof(PasswordMismatch), Description = "Den nuværende adgangskode er forkert." };
    public override IdentityError DefaultError()
        => new() { Code = nameof(DefaultError), Description = "Der opstod en fejl. Prøv igen." };
}
