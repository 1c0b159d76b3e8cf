using System.Text;
using Caseload.Application.Results;
using Caseload.Web.Hosting;
using CsvHelper;

namespace Caseload.Web.Features.Results;

/// <summary>The results pages as CSV (issue #29 must-show 8): the same cells as the page, as the page shows them ("&lt; 5",
/// Danish decimals), separated by semicolons so Danish Excel opens it in columns; UTF-8 with a byte-order mark. The period line
/// and section titles are shorter than the table rows, so the field count is not validated.</summary>
public static class ResultsCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static byte[] Fidelity(FidelityReport r) => Write(FidelityRows(r));

    public static byte[] Outcomes(CitizenOutcomeReport r) => Write(OutcomeRows(r));

    /// <summary>The fidelity page's cells, row by row (CSV and Excel alike).</summary>
    public static IEnumerable<string[]> FidelityRows(FidelityReport r)
    {
        var header = new List<string> { "Punkt", "Navn", "Enhed", "Værdi", "Mål", "Score (1-5)" };
        if (r.Teams.Count > 1) header.AddRange(r.Teams.Select(t => t.Name));
        header.AddRange(r.Period.Months.Select(m => m.ToString("MM-yyyy", System.Globalization.CultureInfo.InvariantCulture)));
        yield return ["Periode", DanishFormat.Date(r.Period.From) + " – " + DanishFormat.Date(r.Period.To)];
        yield return [.. header];
        foreach (var row in r.Rows)
        {
            var fields = new List<string> { row.Item.Code, row.Item.Name, row.Item.Unit, row.Total.Text, row.Item.Target, row.Total.Score?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "" };
            if (r.Teams.Count > 1) fields.AddRange(row.Teams.Select(c => c.Text));
            fields.AddRange(row.Trend.Select(p => p.Cell.Text));
            yield return [.. fields];
        }
    }

    /// <summary>The citizens' results page's cells, row by row (CSV and Excel alike).</summary>
    public static IEnumerable<string[]> OutcomeRows(CitizenOutcomeReport r)
    {
        yield return ["Periode", DanishFormat.Date(r.Period.From) + " – " + DanishFormat.Date(r.Period.To)];
        foreach (var o in r.Instruments)
        {
            yield return [o.Instrument.Name];
            yield return ["Team", "Metode", "Borgere", "Første (gns.)", "Seneste (gns.)", "Ændring (gns.)", .. o.BandNames.SelectMany(b => new[] { b, b + " (andel)" })];
            foreach (var row in o.Rows)
                yield return [row.Label, row.Group, row.Citizens.Text, .. row.Means.Select(m => m.Text),
                    .. row.Counts.SelectMany((c, i) => new[] { c.Text, row.Shares[i].Text })];
        }
        yield return ["CTI-forløb: gennemført eller afbrudt"];
        yield return ["Team", "Afsluttet", .. r.CtiEndings.Columns.SelectMany(c => new[] { c, c + " (andel)" })];
        foreach (var row in r.CtiEndings.Rows)
            yield return [row.Label, row.Citizens.Text, .. row.Counts.SelectMany((c, i) => new[] { c.Text, row.Shares[i].Text })];
    }

    /// <summary>Rows of cells as CSV, each cell escaped.</summary>
    public static byte[] Write(IEnumerable<string[]> rows) => Write(csv =>
    {
        foreach (var row in rows) csv.WriteRecord(row);
    });

    /// <summary>Writes the rows through <see cref="SafeCsv"/>, so no cell can run as a formula in a spreadsheet.</summary>
    public static byte[] Write(Action<SafeCsv> body)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { Separator = ';', ValidateFieldCount = false }, true))
        {
            body(new SafeCsv(csv));
            csv.Flush();
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>A cell a spreadsheet would read as a formula (starting with = + - @, a tab or a carriage return) gets a leading
    /// apostrophe (OWASP's CSV injection advice): a team name such as "=HYPERLINK(…)" stays text. A signed change "+2,5" then
    /// reads "'+2,5" — text in the spreadsheet, as on the page.</summary>
    public static string Escape(string? cell)
        => string.IsNullOrEmpty(cell) ? cell ?? "" : cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;
}

/// <summary>The CSV writer the results exports use: every cell escaped by <see cref="ResultsCsv.Escape"/>.</summary>
public sealed class SafeCsv(CsvWriter csv)
{
    public void WriteRecord(string[] cells) => csv.WriteRecord(cells.Select(ResultsCsv.Escape).ToArray());
}
