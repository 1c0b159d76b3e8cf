using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Caseload.TestSupport;

/// <summary>
/// Asks SQLite how it would run a command the app ran (EXPLAIN QUERY PLAN) and names the tables it would read from end
/// to end. The command count cannot see this: one command that scans a whole table costs what the table costs (the
/// session look-up on every page did, issue #26).
/// </summary>
public static partial class SqlitePlans
{
    /// <summary>The tables <paramref name="sql"/> reads in full (a SCAN of a table, with or without a covering
    /// index), by table name. Sub-queries and CTEs scanned as such are not tables and are not named. The connection is
    /// EF's own (open), which has the functions EF registers (ef_sum …).</summary>
    public static IReadOnlyList<string> FullScans(SqliteConnection connection, string sql)
    {
        if (!sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)) return [];
        // EF Core writes an empty id list as WHERE 0: SQLite's plan still says SCAN, but no row is read.
        if (NothingMatches().IsMatch(sql)) return [];
        var tables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in TableAlias().Matches(sql)) tables[m.Groups["alias"].Value] = m.Groups["table"].Value;
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var name in Parameter().Matches(sql).Select(m => m.Value).Distinct())
            command.Parameters.AddWithValue(name, DBNull.Value); // the plan does not depend on the values
        var scans = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var step = Scan().Match(reader.GetString(3));
            if (step.Success && tables.TryGetValue(step.Groups["alias"].Value, out var table)) scans.Add(table);
        }
        return scans;
    }

    [GeneratedRegex("""(?:FROM|JOIN)\s+"(?<table>\w+)"\s+AS\s+"(?<alias>\w+)"\s""", RegexOptions.IgnoreCase)]
    private static partial Regex TableAlias();

    [GeneratedRegex("""\bWHERE 0\s*$""")]
    private static partial Regex NothingMatches();

    [GeneratedRegex("""@\w+""")]
    private static partial Regex Parameter();

    [GeneratedRegex("""^SCAN (?<alias>\w+)(?: USING|$)""")]
    private static partial Regex Scan();
}
