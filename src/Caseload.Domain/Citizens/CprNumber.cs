using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Caseload.Domain.Common;

namespace Caseload.Domain.Citizens;

/// <summary>
/// A Danish CPR number (domain.md §6): 10 digits, DDMMYY-SSSS or without the dash. The date must exist;
/// the century follows from the 7th digit and the year. The modulus-11 check is deliberately NOT required:
/// numbers without it have been issued since 2007.
/// </summary>
public sealed record CprNumber
{
    /// <summary>Stored form: 10 digits, no dash.</summary>
    public const int StoredLength = 10;

    private CprNumber(string digits, DateOnly dateOfBirth)
    {
        Digits = digits;
        DateOfBirth = dateOfBirth;
    }

    public string Digits { get; }
    public DateOnly DateOfBirth { get; }

    /// <summary>Shown everywhere unless the user asks to see the full number (which is audited).</summary>
    public string Masked => $"{Digits[..6]}-xxxx";

    public string Formatted => $"{Digits[..6]}-{Digits[6..]}";

    public override string ToString() => Masked;

    /// <summary>Shown where the CPR number would be, while it is not known (a referral may come before it).</summary>
    public const string Missing = "CPR ikke oplyst";

    /// <summary>Age in whole years on a day (a 29 February birthday counts from 28 February in other years).</summary>
    public int AgeOn(DateOnly day) => day.Year - DateOfBirth.Year - (day < DateOfBirth.AddYears(day.Year - DateOfBirth.Year) ? 1 : 0);

    /// <summary>The masked number, or <see cref="Missing"/>.</summary>
    public static string MaskedOrMissing(CprNumber? cpr) => cpr?.Masked ?? Missing;

    public static CprNumber Parse(string? input)
        => TryParse(input, out var cpr, out var error) ? cpr : throw new DomainException(error);

    /// <summary>As <see cref="TryParse(string?, out CprNumber?, out string?)"/>, and the birth date may not lie after
    /// <paramref name="today"/> (the Danish date of the clock): a number typed today cannot belong to someone not yet born.</summary>
    public static bool TryParse(string? input, DateOnly today, [NotNullWhen(true)] out CprNumber? cpr, [NotNullWhen(false)] out string? error)
    {
        if (!TryParse(input, out cpr, out error)) return false;
        if (cpr.DateOfBirth <= today) return true;
        error = $"Fødselsdatoen {cpr.DateOfBirth.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)} i CPR-nummeret ligger efter dags dato. Tjek cifrene — det 7. ciffer og årstallet afgør århundredet.";
        cpr = null;
        return false;
    }

    public static bool TryParse(string? input, [NotNullWhen(true)] out CprNumber? cpr, [NotNullWhen(false)] out string? error)
    {
        cpr = null;
        var text = input?.Trim() ?? string.Empty;
        if (text.Length == 0) { error = "Angiv et CPR-nummer."; return false; }

        if (text.Length == 11 && text[6] == '-') text = text.Remove(6, 1);
        if (!text.All(char.IsAsciiDigit))
        {
            error = "CPR-nummeret må kun indeholde cifre og evt. en bindestreg efter de første 6 cifre (DDMMÅÅ-XXXX).";
            return false;
        }
        if (text.Length != StoredLength)
        {
            error = $"CPR-nummeret skal have 10 cifre (DDMMÅÅ-XXXX); der er {text.Length}.";
            return false;
        }

        var day = int.Parse(text[..2], CultureInfo.InvariantCulture);
        var month = int.Parse(text[2..4], CultureInfo.InvariantCulture);
        var yy = int.Parse(text[4..6], CultureInfo.InvariantCulture);
        var seventh = text[6] - '0';

        if (month is < 1 or > 12) { error = $"Måneden {month:00} i CPR-nummeret findes ikke."; return false; }
        var year = CenturyOf(seventh, yy) + yy;
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            error = $"Datoen {day:00}-{month:00}-{year} i CPR-nummeret findes ikke.";
            return false;
        }

        cpr = new CprNumber(text, new DateOnly(year, month, day));
        error = null;
        return true;
    }

    /// <summary>The CPR office's century table: the 7th digit and the two-digit year give the century.</summary>
    public static int CenturyOf(int seventhDigit, int twoDigitYear) => seventhDigit switch
    {
        >= 0 and <= 3 => 1900,
        4 or 9 => twoDigitYear <= 36 ? 2000 : 1900,
        >= 5 and <= 8 => twoDigitYear <= 57 ? 2000 : 1800,
        _ => throw new ArgumentOutOfRangeException(nameof(seventhDigit)),
    };
}
