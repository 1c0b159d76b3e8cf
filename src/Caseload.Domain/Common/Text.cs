namespace Caseload.Domain.Common;

/// <summary>Free text as the domain keeps it: trimmed, and null rather than blank.</summary>
public static class Text
{
    /// <summary>Trimmed, null when blank, and without control characters other than line breaks and tabs (a NUL or
    /// an escape pasted from somewhere has no place in a record, and PostgreSQL refuses a NUL).</summary>
    public static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (text.Any(c => char.IsControl(c) && c is not ('\r' or '\n' or '\t')))
            text = new string([.. text.Where(c => !char.IsControl(c) || c is '\r' or '\n' or '\t')]);
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    /// <summary>As <see cref="Clean"/>, for one-line values (names, places, titles): every control character — line
    /// breaks included — becomes a space, so a value cannot add lines to a calendar file or a mail header (issue #28 item 4).</summary>
    public static string? SingleLine(string? text)
        => text is null ? null : Clean(new string([.. text.Select(c => char.IsControl(c) ? ' ' : c)]));

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
