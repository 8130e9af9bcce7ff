using System.Globalization;
using System.Text;
using Platform.Contracts.Reporting.V1;
using Platform.Sdk.Files;

namespace Platform.Reporting.Formats;

/// <summary>
/// A report as CSV (RFC 4180 quoting), in one of two forms: the one Danish Excel opens as columns (semicolons between
/// fields, a decimal comma, UTF-8 with a byte order mark so the Danish letters survive), the default; or the
/// international one (commas, a decimal point, UTF-8 without a byte order mark) for other programs.
/// </summary>
internal static class CsvReportWriter
{
    public const char Separator = ';';
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public static byte[] Write(Report report) => Write(report, Separator, Danish, byteOrderMark: true);

    public static byte[] WriteInternational(Report report) => Write(report, ',', CultureInfo.InvariantCulture, byteOrderMark: false);

    private static byte[] Write(Report report, char separator, CultureInfo culture, bool byteOrderMark)
    {
        var csv = new StringBuilder();
        csv.AppendJoin(separator, ReportLine.Headers).Append("\r\n");
        foreach (var line in ReportLine.Of(report))
        {
            // Texts a person may have typed (a workstream's title, a local area's name) cannot start a formula; numbers are ours.
            string[] fields =
            [
                .. new[] { line.Section, line.IndicatorId, line.TitleDa, line.TitleEn, line.Unit, line.Municipality, line.Dimensions }.Select(FormulaCells.Neutralise),
                Number(line.Current, culture), Number(line.Previous, culture), Number(line.Change, culture),
            ];
            csv.AppendJoin(separator, fields.Select(field => Quote(field, separator))).Append("\r\n");
        }

        var bytes = Encoding.UTF8.GetBytes(csv.ToString());
        return byteOrderMark ? [.. Encoding.UTF8.GetPreamble(), .. bytes] : bytes;
    }

    /// <summary>A figure with the form's decimal mark and no thousands separator, so a spreadsheet reads it as a number.</summary>
    private static string Number(Figure? figure, CultureInfo culture) =>
        FigureText.NumberOf(figure) is { } value ? value.ToString("0.##", culture) : FigureText.Of(figure);

    private static string Quote(string field, char separator) =>
        field.IndexOfAny([separator, '"', '\r', '\n']) >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}
