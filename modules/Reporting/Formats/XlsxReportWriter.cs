using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Platform.Contracts.Reporting.V1;
using Platform.Sdk.Files;

namespace Platform.Reporting.Formats;

/// <summary>
/// A report as one XLSX sheet (Open XML SDK): the same columns as the CSV, numbers as numbers with a thousands
/// separator (whole numbers without decimals, others with two), columns wide enough for their text, a bold header row
/// that stays in view when scrolling.
/// </summary>
internal static class XlsxReportWriter
{
    /// <summary>The cell formats of the workbook's stylesheet, by index.</summary>
    private const uint WholeNumber = 1, Decimal = 2, Header = 3;

    /// <summary>The columns' widths in characters, in the order of <see cref="ReportLine.Headers"/>.</summary>
    private static readonly double[] Widths = [22, 34, 48, 48, 12, 14, 40, 12, 12, 12];

    public static byte[] Write(Report report)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(new Row(ReportLine.Headers.Select(header => Text(header, Header))));
            foreach (var line in ReportLine.Of(report))
            {
                data.Append(new Row(
                    Text(line.Section), Text(line.IndicatorId), Text(line.TitleDa), Text(line.TitleEn), Text(line.Unit),
                    Text(line.Municipality), Text(line.Dimensions), Figure(line.Current), Figure(line.Previous), Figure(line.Change)));
            }

            sheetPart.Worksheet = new Worksheet(FrozenHeader(), Columns(), data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet
            {
                Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Report",
            }));
        }

        return stream.ToArray();
    }

    private static SheetViews FrozenHeader() => new(new SheetView(
        new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
        new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
    {
        WorkbookViewId = 0,
    });

    private static Columns Columns() => new(Widths.Select((width, i) => new Column
    {
        Min = (uint)i + 1, Max = (uint)i + 1, Width = width, CustomWidth = true,
    }));

    /// <summary>
    /// The built-in number formats 3 ("#,##0") and 4 ("#,##0.00"), which Excel shows in the reader's own separators,
    /// and a bold font for the header; Excel requires the two default fills and one border to be present.
    /// </summary>
    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(
            new CellFormat(),
            new CellFormat { NumberFormatId = 3, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 4, ApplyNumberFormat = true },
            new CellFormat { FontId = 1, ApplyFont = true }));

    private static Cell Figure(Figure? figure) => FigureText.NumberOf(figure) is { } number
        ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(number), StyleIndex = number == Math.Floor(number) ? WholeNumber : Decimal }
        : Text(FigureText.Of(figure));

    /// <summary>A text cell; one that a spreadsheet would run as a formula gets a leading apostrophe (<see cref="FormulaCells"/>).</summary>
    private static Cell Text(string text, uint style = 0) =>
        new(new InlineString(new Text(FormulaCells.Neutralise(text)))) { DataType = CellValues.InlineString, StyleIndex = style == 0 ? null : style };
}
