using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Platform.Contracts.Reporting.V1;

namespace Platform.Reporting.Formats;

/// <summary>A report as one XLSX sheet (Open XML SDK): the same columns as the CSV, numbers as numbers.</summary>
internal static class XlsxReportWriter
{
    public static byte[] Write(Report report)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(new Row(ReportLine.Headers.Select(Text)));
            foreach (var line in ReportLine.Of(report))
            {
                data.Append(new Row(
                    Text(line.Section), Text(line.IndicatorId), Text(line.TitleDa), Text(line.TitleEn), Text(line.Unit),
                    Text(line.Municipality), Text(line.Dimensions), Figure(line.Current), Figure(line.Previous), Figure(line.Change)));
            }

            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet
            {
                Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Report",
            }));
        }

        return stream.ToArray();
    }

    private static Cell Figure(Figure? figure) => FigureText.NumberOf(figure) is { } number
        ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(number) }
        : Text(FigureText.Of(figure));

    private static Cell Text(string text) => new(new InlineString(new Text(text))) { DataType = CellValues.InlineString };
}
