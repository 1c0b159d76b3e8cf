namespace Caseload.Domain.Common;

/// <summary>Free text as the domain keeps it: trimmed, and null rather than blank.</summary>
public static class Text
{
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Cleaned text that must be present and within a length; otherwise a DomainException naming the field.</summary>
    public static string Required(string? text, int maxLength, string field, string missingMessage, string what)
    {
        var clean = Clean(text) ?? throw new DomainException(missingMessage, field);
        return clean.Length <= maxLength ? clean : throw new DomainException($"{what} må højst være {maxLength} tegn.", field);
    }

    /// <summary>Cleaned optional text within a length; otherwise a DomainException naming the field.</summary>
    public static string? Optional(string? text, int maxLength, string field, string what)
    {
        var clean = Clean(text);
        return clean is null || clean.Length <= maxLength ? clean : throw new DomainException($"{what} må højst være {maxLength} tegn.", field);
    }

    /// <summary>The first 30 characters and "…": how a message names a row the user typed (e.g. «Tid hos lægen»).</summary>
    public static string Shorten(string text) => text.Length > 30 ? text[..30] + "…" : text;
}
