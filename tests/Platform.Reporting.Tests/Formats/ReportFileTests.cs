using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Cell = DocumentFormat.OpenXml.Spreadsheet.Cell;
using Row = DocumentFormat.OpenXml.Spreadsheet.Row;
using CellFormat = DocumentFormat.OpenXml.Spreadsheet.CellFormat;
using Column = DocumentFormat.OpenXml.Spreadsheet.Column;
using Font = DocumentFormat.OpenXml.Spreadsheet.Font;
using Pane = DocumentFormat.OpenXml.Spreadsheet.Pane;
using PaneStateValues = DocumentFormat.OpenXml.Spreadsheet.PaneStateValues;
using Platform.Contracts.Reporting.V1;
using Platform.Reporting.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Reporting.Tests.Formats;

[Collection(ReportingCollection.Name)]
public sealed class ReportFileTests(ReportingPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    private ReportService.ReportServiceClient Reports => new(platform.Channel);

    [Fact]
    public async Task The_csv_file_has_a_line_per_report_row_with_the_same_figures_and_suppressed_values_as_a_word()
    {
        var (data, id, report) = await SeededReportAsync();

        var file = await ExportAsync(id, ReportFormat.Csv);

        var lines = Encoding.UTF8.GetString(file.Content.Span).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        // Semicolons, so Danish Excel opens the file as columns.
        Assert.Equal("section;indicator_id;title_da;title_en;unit;municipality;dimensions;current;previous;change", lines[0]);
        Assert.Equal(ReportCalls.Lines(report).Count, lines.Length - 1);
        Assert.Contains(await ExpectedReport.AuthorsCsvAsync(platform, data, ""), lines);
        Assert.Contains(await ExpectedReport.AuthorsCsvAsync(platform, data, data.Codes[1]), lines);
        Assert.EndsWith(".csv", file.FileName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_xlsx_file_opens_as_a_workbook_whose_cells_hold_the_report_s_figures_as_numbers()
    {
        var (data, id, report) = await SeededReportAsync();

        var file = await ExportAsync(id, ReportFormat.Xlsx);

        using var document = SpreadsheetDocument.Open(new MemoryStream(file.Content.ToByteArray()), false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        Assert.Equal(ReportCalls.Lines(report).Count + 1, rows.Count);
        var total = rows.Select(r => r.Elements<Cell>().ToList())
            .Single(cells => cells[1].InnerText == "sample.authors" && cells[5].InnerText == "total");
        var (current, previous, change) = await ExpectedReport.AuthorsAsync(platform, data, "");
        // 13 and 9 authors stay at 5 or more however they are perturbed, so the total's figures and its change are numbers.
        Assert.Equal([ReportCalls.Text(current), ReportCalls.Text(previous), ReportCalls.Text(change)], total.Skip(7).Select(cell => cell.CellValue!.Text));
        Assert.All(total.Skip(7), cell => Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.CellValues.Number, cell.DataType!.Value));

        // Whole numbers show with a thousands separator and no decimals, the header is bold and stays in view, and each
        // column has a width.
        var formats = document.WorkbookPart.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        Assert.All(total.Skip(7), cell => Assert.Equal(3u, formats[(int)cell.StyleIndex!.Value].NumberFormatId!.Value));
        var header = formats[(int)rows[0].Elements<Cell>().First().StyleIndex!.Value];
        Assert.NotNull(document.WorkbookPart.WorkbookStylesPart.Stylesheet.Fonts!.Elements<Font>().ElementAt((int)header.FontId!.Value).Bold);
        var pane = document.WorkbookPart.WorksheetParts.Single().Worksheet.Descendants<Pane>().Single();
        Assert.Equal((1d, "A2", PaneStateValues.Frozen), (pane.VerticalSplit!.Value, pane.TopLeftCell!.Value, pane.State!.Value));
        Assert.Equal(10, document.WorkbookPart.WorksheetParts.Single().Worksheet.Descendants<Column>().Count(c => c.Width!.Value >= 10));
    }

    [Fact]
    public async Task The_international_csv_has_commas_and_a_decimal_point_and_no_byte_order_mark_with_the_same_rows()
    {
        var (data, id, report) = await SeededReportAsync();

        var file = await ExportAsync(id, ReportFormat.CsvInternational);

        Assert.NotEqual(Encoding.UTF8.GetPreamble(), file.Content.Span[..3].ToArray());
        var lines = Encoding.UTF8.GetString(file.Content.Span).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("section,indicator_id,title_da,title_en,unit,municipality,dimensions,current,previous,change", lines[0]);
        Assert.Equal(ReportCalls.Lines(report).Count, lines.Length - 1);
        Assert.Contains((await ExpectedReport.AuthorsCsvAsync(platform, data, "")).Replace(';', ','), lines);
    }

    [Fact]
    public async Task The_html_report_is_self_contained_and_renders_in_headless_chromium_with_its_bar_charts_visible()
    {
        var (data, id, report) = await SeededReportAsync();

        var file = await ExportAsync(id, ReportFormat.Html);

        var html = Encoding.UTF8.GetString(file.Content.Span);
        // A chart per indicator with figures; one without says so in words instead of drawing an empty chart, and the
        // plan's status opening the report is words.
        var indicatorCount = report.Sections.Where(s => s.Id != "status").Sum(s => s.Indicators.Count(i => i.Rows.Count > 0));
        Assert.Equal(indicatorCount, html.Split("<svg ").Length - 1);
        // Every indicator says its period, so a page printed or copied on its own still says which quarters it shows.
        var units = System.Text.RegularExpressions.Regex.Matches(html, "<p class=\"unit\">([^<]*)</p>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.Equal(report.Sections.Where(s => s.Id != "status").Sum(s => s.Indicators.Count), units.Count);
        Assert.All(units, unit => Assert.EndsWith(
            $" · {report.Period.Quarter_}. kvartal {report.Period.Year} sammenlignet med {report.PreviousPeriod.Quarter_}. kvartal {report.PreviousPeriod.Year}", unit, StringComparison.Ordinal));
        // Every indicator of the platform's modules names the work that fills it, and one without figures says so.
        var indicators = report.Sections.Where(s => s.Id != "status").SelectMany(s => s.Indicators).ToList();
        Assert.All(indicators.Where(i => i.Indicator.ModuleId is "actor-mapping" or "events" or "surveys" or "reporting"), i =>
            Assert.True(i.Indicator.FilledByDa.Length > 0 && i.Indicator.FilledByEn.Length > 0, $"{i.Indicator.Id} does not say what fills it"));
        var empties = System.Text.RegularExpressions.Regex.Matches(html, "<p class=\"empty\">([^<]*)</p>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.Equal(indicators.Count(i => i.Rows.Count == 0), empties.Count);
        foreach (var indicator in indicators.Where(i => i.Rows.Count == 0))
        {
            Assert.Contains(empties, text => text.StartsWith("Ingen tal i ", StringComparison.Ordinal)
                && text.EndsWith(indicator.Indicator.FilledByDa.Length > 0 ? indicator.Indicator.FilledByDa : "kommunernes arbejde.", StringComparison.Ordinal));
        }

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(WebUtility.HtmlEncode("højst 3 fra det sande antal"), html, StringComparison.Ordinal);
        // A bar's label is its municipality's name (as HTML, which writes ø as a character reference).
        Assert.Contains($">{WebUtility.HtmlEncode(MunicipalityCodes.NameOf(data.Codes[0]))}</text>", html, StringComparison.Ordinal);

        var path = Path.Combine(platform.DataDirectory, file.FileName);
        await File.WriteAllBytesAsync(path, file.Content.ToByteArray());
        var image = PngImage.Read(await Chromium.ScreenshotAsync(path, 1000, 1400));

        Assert.Equal((1000, 1400), (image.Width, image.Height));
        var inked = image.Count((r, g, b) => r < 200 || g < 200 || b < 200);
        Assert.True(inked > 10_000, $"Only {inked} pixels are not white: the page looks blank.");
        var bars = image.Count((r, g, b) => Math.Abs(r - 0x1f) < 12 && Math.Abs(g - 0x5f) < 12 && Math.Abs(b - 0x8b) < 12);
        Assert.True(bars > 500, $"Only {bars} pixels have the bars' colour: the charts did not render.");
    }

    [Fact]
    public async Task An_export_without_a_format_is_refused_naming_the_field()
    {
        var code = platform.MunicipalityCodes.Take();
        var id = await Scenario.PartnershipWithMembersAsync(platform, code);

        await RpcAssert.InvalidField("format", () => ExportAsync(id, ReportFormat.Unspecified));
    }

    private async Task<(KnownDataSet Data, string Id, Report Report)> SeededReportAsync()
    {
        var data = KnownDataSet.For(platform.MunicipalityCodes);
        var id = await Scenario.PartnershipWithMembersAsync(platform, [.. data.Codes]);
        await data.SeedAsync(platform);
        var (_, report) = await ReportCalls.PartnershipAsync(Reports, id, platform.AsAdmin());
        return (data, id, report);
    }

    private Task<ReportFile> ExportAsync(string partnershipId, ReportFormat format) => Reports.ExportReportAsync(new ExportReportRequest
    {
        Scope = new ReportScope { PartnershipId = partnershipId }, Period = KnownDataSet.Period, Format = format,
    }, platform.AsAdmin()).ResponseAsync;
}
