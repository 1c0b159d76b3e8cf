using System.Text.Json;
using Caseload.Domain.Citizens;

namespace Caseload.Application.Auditing;

/// <summary>
/// What a search's audit row says (issue #28 item 8): the kind of criterion, a CPR number masked the way every page
/// shows it (birth date, then xxxx), and the number of hits — never the typed text. A search that found exactly one
/// citizen also carries that citizen's id, so searching the log for the person finds who looked them up.
/// </summary>
public static class SearchAudit
{
    public const string Cpr = "CPR";
    public const string Name = "Navn";

    public static string Details(string text, int hits, IReadOnlyDictionary<string, object?>? more = null)
    {
        var details = new Dictionary<string, object?>();
        if (CprNumber.TryParse(text, out var cpr, out _))
        {
            details["kriterie"] = Cpr;
            details["cpr"] = cpr.Masked;
        }
        else
        {
            details["kriterie"] = Name;
        }
        details["hits"] = hits;
        foreach (var (key, value) in more ?? new Dictionary<string, object?>()) details[key] = value;
        return JsonSerializer.Serialize(details);
    }
}
