namespace Caseload.Domain.Common;

/// <summary>Small Danish grammar for texts built from data: a count with the right number ("1 aktivt mål", "2 aktive
/// mål") and a name's genitive ("Mette Andersens", "Lars'") — never English "'s".</summary>
public static class DanishText
{
    /// <summary>"1 borger", "3 borgere": the count, then the singular when it is exactly one (or minus one), else the plural.</summary>
    public static string Count(int n, string singular, string plural)
        => $"{n} {Noun(n, singular, plural)}";

    /// <summary>The noun alone, in the number <paramref name="n"/> asks for.</summary>
    public static string Noun(int n, string singular, string plural) => n is 1 or -1 ? singular : plural;

    /// <summary>Danish genitive: "Mette Andersen" → "Mette Andersens"; a name ending in s, x or z takes an apostrophe ("Lars'").</summary>
    public static string Genitive(string name)
    {
        var trimmed = name.TrimEnd();
        if (trimmed.Length == 0) return trimmed;
        return char.ToLowerInvariant(trimmed[^1]) is 's' or 'x' or 'z' ? trimmed + "'" : trimmed + "s";
    }
}
