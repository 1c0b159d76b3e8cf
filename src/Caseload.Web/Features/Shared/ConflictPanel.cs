namespace Caseload.Web.Features.Shared;

/// <summary>One field of a document as the comparison shows it: <see cref="Key"/> matches the same field in both versions
/// (rows by their id), <see cref="Label"/> is what the user reads.</summary>
public sealed record DocumentField(string Key, string Label, string? Value);

public sealed record FieldDifference(string Label, string Mine, string Saved);

/// <summary>When two people edit the same document, the one who saves second sees what differs between their unsaved
/// version and the saved one, side by side — never a silent overwrite (domain.md §6). Their typed values stay in the form.</summary>
public sealed record ConflictPanelModel(string SavedBy, DateTime? SavedAt, IReadOnlyList<FieldDifference> Differences)
{
    public const string None = "(tom)";

    public static ConflictPanelModel Between(IEnumerable<DocumentField> mine, IEnumerable<DocumentField> saved, string? savedBy, DateTime? savedAt)
    {
        // First of a key wins: a posted form is not trusted to keep its row ids unique.
        var mineByKey = mine.Where(f => !string.IsNullOrWhiteSpace(f.Value)).GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.First());
        var savedByKey = saved.Where(f => !string.IsNullOrWhiteSpace(f.Value)).GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.First());
        var differences = savedByKey.Keys.Concat(mineByKey.Keys.Where(k => !savedByKey.ContainsKey(k))).Distinct()
            .Select(k => (Mine: mineByKey.GetValueOrDefault(k), Saved: savedByKey.GetValueOrDefault(k)))
            .Where(x => x.Mine?.Value?.Trim() != x.Saved?.Value?.Trim())
            .Select(x => new FieldDifference((x.Saved ?? x.Mine)!.Label, x.Mine?.Value ?? None, x.Saved?.Value ?? None))
            .ToList();
        return new(savedBy ?? "en anden", savedAt, differences);
    }
}
