using System.Text.RegularExpressions;

namespace Caseload.Domain.Common;

/// <summary>Initials of a person's name, for the pseudonym views and for file names (issue #27 item 3). A remark in
/// brackets is not part of the name ("Mads (efternavn ukendt)" → "M."), a hyphenated first name gives a letter per part
/// ("Hans-Peter Jensen" → "H.P.J."), and anything that is not a letter is left out.</summary>
public static partial class NameInitials
{
    /// <summary>"Anne Marie Holm" → "A.M.H."; a name without letters → "?".</summary>
    public static string Dotted(string? name)
    {
        var letters = Letters(name);
        return letters.Count == 0 ? "?" : string.Concat(letters.Select(c => $"{c}."));
    }

    /// <summary>"Anne Marie Holm" → "AMH", letters only, so a file name never carries a name, a bracket or a dot; null without letters.</summary>
    public static string? Compact(string? name)
    {
        var letters = Letters(name);
        return letters.Count == 0 ? null : string.Concat(letters);
    }

    private static List<char> Letters(string? name)
    {
        var text = Remark().Replace(name ?? "", " ");
        return [.. text.Split([' ', '-', '\t', ',', '/', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.FirstOrDefault(char.IsLetter))
            .Where(char.IsLetter)
            .Select(char.ToUpperInvariant)];
    }

    /// <summary>A remark in round or square brackets, also one left open at the end.</summary>
    [GeneratedRegex(@"\([^)]*(\)|$)|\[[^\]]*(\]|$)")]
    private static partial Regex Remark();
}
