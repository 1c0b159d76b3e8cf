using System.Globalization;
using System.Text.Json;
using Caseload.Web.Hosting;

namespace Caseload.Web.Features.Admin.Audit;

/// <summary>One line of a row's changes as the audit page shows it: "Telefon: (personoplysning) → (personoplysning)".</summary>
public sealed record AuditChangeLine(string Field, string Text);

/// <summary>
/// Turns a row's stored JSON (changed fields as [old, new], or a read's or search's details) into Danish lines: Danish
/// field names, times in Danish local time, yes/no in Danish. The stored JSON stays as it is (stable English keys).
/// </summary>
public static class AuditChanges
{
    private const int MaxValueLength = 120;
    private static readonly CultureInfo Danish = new("da-DK");

    public static IReadOnlyList<AuditChangeLine> Lines(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return [];
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return [new("Detaljer", Value(doc.RootElement))];
            return doc.RootElement.EnumerateObject()
                .Where(p => p.Name != "Version") // a new concurrency token on every save: says nothing to a reader
                .Select(p => new AuditChangeLine(AuditFieldNames.Danish(p.Name), Change(p.Value)))
                .ToList();
        }
        catch (JsonException)
        {
            return [new("Detaljer", Shorten(json))]; // an older row in another form: shown as it is
        }
    }

    private static string Change(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() != 2) return Value(value);
        var (before, after) = (value[0], value[1]);
        if (before.ValueKind == JsonValueKind.Null) return Value(after);
        return $"{Value(before)} → {Value(after)}";
    }

    private static string Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => "(tom)",
        JsonValueKind.True => "Ja",
        JsonValueKind.False => "Nej",
        JsonValueKind.Number => value.TryGetDecimal(out var d) ? d.ToString(Danish) : value.GetRawText(),
        JsonValueKind.String => Text(value.GetString()!),
        _ => "(ændret)",
    };

    private static string Text(string text)
    {
        // Times are kept in UTC ("2026-01-05T09:00:00", with or without zone): shown in Danish time.
        if (text.Length >= 16 && text[10] == 'T' && DateTime.TryParse(text, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var utc))
            return DanishFormat.Time(utc);
        if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return DanishFormat.Date(date);
        return Shorten(text);
    }

    private static string Shorten(string text) => text.Length <= MaxValueLength ? text : text[..MaxValueLength] + " …";
}
