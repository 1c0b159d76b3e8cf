using System.Text.RegularExpressions;

namespace Caseload.Application.FieldMode;

/// <summary>A form's fields by name, as the browser posts them (a checkbox group has several values, an unchecked box none).</summary>
public sealed class FormFields : Dictionary<string, string[]>
{
    public FormFields() : base(StringComparer.Ordinal) { }

    public FormFields(IDictionary<string, string[]> fields) : base(fields, StringComparer.Ordinal) { }

    public string[] Of(string name) => TryGetValue(name, out var values) ? values : [];
}

/// <summary>One field changed on both sides, differently: the worker chooses.</summary>
/// <param name="Field">The field's name in the merged form.</param>
/// <param name="MineField">Its name in the form that was changed offline (for its label).</param>
public sealed record FieldClash(string Field, string MineField, string[] Base, string[] Mine, string[] Theirs);

public sealed record MergeResult(FormFields Merged, IReadOnlyList<FieldClash> Clashes)
{
    public bool Clean => Clashes.Count == 0;

    /// <summary>The merged form with the worker's choice for each clash (true: the offline change; false: the saved one).</summary>
    public FormFields Resolve(IReadOnlyDictionary<string, bool> takeMine)
    {
        var result = new FormFields(Merged);
        foreach (var clash in Clashes)
            result[clash.Field] = takeMine.GetValueOrDefault(clash.Field) ? clash.Mine : clash.Theirs;
        return result;
    }
}

/// <summary>
/// Merges a change made offline with what was saved meanwhile, field by field and row by row (issue #31 item 4):
/// <c>base</c> is the form as taken along, <c>mine</c> as filled offline, <c>theirs</c> as it is on the server now.
/// A field changed on one side takes that side's value; changed on both to the same value, that value; changed on both
/// differently, a <see cref="FieldClash"/> (the merged form holds the saved value until the worker chooses). Rows are
/// matched by their <c>Id</c>, not their position; rows added offline are appended; a row removed on the server but
/// changed offline is kept, so nothing typed is dropped. The version field always takes the newest version.
/// </summary>
public static partial class ThreeWayMerge
{
    public static MergeResult Merge(OfflineForm form, FormFields @base, FormFields mine, FormFields theirs)
    {
        var merged = new FormFields();
        var clashes = new List<FieldClash>();
        var scalarNames = @base.Keys.Concat(mine.Keys).Concat(theirs.Keys).Where(n => RowPrefix(form, n) is null).Distinct();
        foreach (var name in scalarNames)
        {
            if (name == form.VersionField) { merged[name] = theirs.Of(name); continue; }
            MergeField(name, name, @base.Of(name), mine.Of(name), theirs.Of(name), merged, clashes);
        }
        foreach (var prefix in form.RowCollections)
            MergeRows(prefix, Rows(prefix, @base), Rows(prefix, mine), Rows(prefix, theirs), merged, clashes);
        return new MergeResult(merged, clashes);
    }

    private static void MergeField(string name, string mineName, string[] b, string[] m, string[] t, FormFields merged, List<FieldClash> clashes)
    {
        string[] value;
        if (Same(m, b)) value = t;
        else if (Same(t, b) || Same(m, t)) value = m;
        else
        {
            clashes.Add(new FieldClash(name, mineName, b, m, t));
            value = t;
        }
        if (value.Length > 0) merged[name] = value;
    }

    private static void MergeRows(string prefix, List<Row> @base, List<Row> mine, List<Row> theirs, FormFields merged, List<FieldClash> clashes)
    {
        var output = 0;
        void Put(Row? b, Row? m, Row t)
        {
            var index = output++;
            foreach (var field in t.Fields.Keys.Concat(m?.Fields.Keys ?? Enumerable.Empty<string>()).Concat(b?.Fields.Keys ?? Enumerable.Empty<string>()).Distinct())
            {
                var name = $"{prefix}[{index}].{field}";
                var mineName = m is null ? name : $"{prefix}[{m.Index}].{field}";
                if (b is null || m is null) { var v = (m ?? t).Of(field); if (v.Length > 0) merged[name] = v; }
                else MergeField(name, mineName, b.Of(field), m.Of(field), t.Of(field), merged, clashes);
            }
        }

        foreach (var t in theirs.Where(r => r.Key is not null))
            Put(@base.FirstOrDefault(r => r.Key == t.Key), mine.FirstOrDefault(r => r.Key == t.Key), t);
        // Removed on the server meanwhile: kept if it was changed offline (nothing typed is dropped), else let go.
        foreach (var m in mine.Where(r => r.Key is not null && theirs.All(t => t.Key != r.Key)))
            if (@base.FirstOrDefault(r => r.Key == m.Key) is not { } b || !b.SameAs(m)) Put(null, m, m);
        // New rows typed offline: those that differ from the blank row the form offered at the same place.
        var baseNew = @base.Where(r => r.Key is null).ToList();
        var mineNew = mine.Where(r => r.Key is null).ToList();
        for (var i = 0; i < mineNew.Count; i++)
            if (!(i < baseNew.Count && baseNew[i].SameAs(mineNew[i])) && !mineNew[i].IsBlank) Put(null, mineNew[i], mineNew[i]);
        // A new blank row at the end, like the form offers.
        if (theirs.LastOrDefault(r => r.Key is null) is { } blank) Put(null, null, blank);
    }

    private sealed record Row(int Index, FormFields Fields)
    {
        public string? Key => Fields.Of(OfflineForm.RowKey) is [var id] && Guid.TryParse(id, out var g) && g != Guid.Empty ? id : null;
        public string[] Of(string field) => Fields.Of(field);
        public bool SameAs(Row other) => Fields.Keys.Concat(other.Fields.Keys).Distinct().All(f => Same(Of(f), other.Of(f)));
        public bool IsBlank => Fields.Where(f => f.Key != OfflineForm.RowKey).All(f => f.Value.All(string.IsNullOrWhiteSpace));
    }

    private static List<Row> Rows(string prefix, FormFields fields)
    {
        var rows = new SortedDictionary<int, FormFields>();
        foreach (var (name, values) in fields)
        {
            if (RowField().Match(name) is not { Success: true } m || m.Groups["prefix"].Value != prefix) continue;
            var index = int.Parse(m.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (!rows.TryGetValue(index, out var row)) rows[index] = row = new FormFields();
            row[m.Groups["field"].Value] = values;
        }
        return rows.Select(r => new Row(r.Key, r.Value)).ToList();
    }

    private static string? RowPrefix(OfflineForm form, string name)
        => RowField().Match(name) is { Success: true } m && form.RowCollections.Contains(m.Groups["prefix"].Value) ? m.Groups["prefix"].Value : null;

    /// <summary>Equal as the user sees them: line endings as typed (a browser posts CRLF, reads LF), surrounding space ignored.</summary>
    private static bool Same(string[] a, string[] b)
        => a.Select(Normal).Where(v => v.Length > 0).SequenceEqual(b.Select(Normal).Where(v => v.Length > 0));

    private static string Normal(string value) => value.Replace("\r\n", "\n").Trim();

    [GeneratedRegex(@"^(?<prefix>.+)\[(?<index>\d{1,4})\]\.(?<field>[^\[\]]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex RowField();
}
