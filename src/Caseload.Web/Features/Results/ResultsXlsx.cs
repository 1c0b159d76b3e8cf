using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Caseload.Web.Features.Results;

/// <summary>The results pages as an Excel workbook (issue #29 must-show 8): one sheet with the page's cells as the page shows them
/// (the same rows as the CSV), written with DocumentFormat.OpenXml (ClosedXML does not run here). Every cell is an inline string:
/// "80 % af 5" and "&lt; 5" are texts on the page too, and a string cell is never run as a formula, so no escaping is needed.</summary>
public static class ResultsXlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(string sheetName, IEnumerable<string[]> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            uint r = 1;
            foreach (var cells in rows)
            {
                var row = new Row { RowIndex = r };
                for (var i = 0; i < cells.Length; i++)
                    row.Append(new Cell
                    {
                        CellReference = Column(i) + r.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        DataType = CellValues.InlineString,
                        InlineString = new InlineString(new Text(cells[i] ?? "") { Space = SpaceProcessingModeValues.Preserve }),
                    });
                data.Append(row);
                r++;
            }
            sheet.Worksheet = new Worksheet(data);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = SheetName(sheetName) });
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    /// <summary>A, B, …, Z, AA, AB, …</summary>
    public static string Column(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + ((n - 1) % 26)) + name;
        return name;
    }

    /// <summary>Excel allows at most 31 characters and none of : \ / ? * [ ].</summary>
    private static string SheetName(string name)
    {
        var clean = new string([.. name.Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']'))]);
        return clean.Length > 31 ? clean[..31] : clean;
    }

    /// <summary>Reads a sheet back as rows of texts (for tests and for anyone checking an export).</summary>
    public static List<List<string>> Read(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        using var document = SpreadsheetDocument.Open(stream, false);
        var part = document.WorkbookPart!.WorksheetParts.First();
        return [.. part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList())];
    }
}
