namespace Caseload.Web.Features.Shared;

/// <summary>Small helpers for showing a document's fields as text (the conflict comparison).</summary>
public static class DocumentText
{
    public static string? Date(DateOnly? date) => date is { } d ? Hosting.DanishFormat.Date(d) : null;

    public static string Brief(string? text) => string.IsNullOrWhiteSpace(text) ? "ny" : text.Length > 30 ? text[..30] + "…" : text;

    /// <summary>A saved row is matched by its id; a new row by its place in the form.</summary>
    public static string RowKey(Guid id, int index) => id == Guid.Empty ? $"ny{index}." : $"{id:N}.";
}
