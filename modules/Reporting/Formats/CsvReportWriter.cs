using System.Globalization;
using System.Text;
using Platform.Contracts.Reporting.V1;

namespace Platform.Reporting.Formats;

/// <summary>
/// A report as CSV the way Danish Excel opens it as columns: semicolons between fields, a decimal comma, and UTF-8 with a
/// byte order mark so the Danish letters survive (RFC 4180 quoting otherwise).
/// </summary>
internal static class CsvReportWriter
{
    public const char Separator = ';';
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public static byte[] Write(Report report)
    {
        var csv = new StringBuilder();
        csv.AppendJoin(Separator, ReportLine.Headers).Append("\r\n");
        foreach (var line in ReportLine.Of(report))
        {
            string[] fields =
            [
                line.Section, line.IndicatorId, line.TitleDa, line.TitleEn, line.Unit, line.Municipality, line.Dimensions,
                Number(line.Current), Number(line.Previous), Number(line.Change),
            ];
            csv.AppendJoin(Separator, fields.Select(Quote)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    /// <summary>A figure with a decimal comma and no thousands separator, so Danish Excel reads it as a number.</summary>
    private static string Number(Figure? figure) =>
        FigureText.NumberOf(figure) is { } value ? value.ToString("0.##", Danish) : FigureText.Of(figure);

    private static string Quote(string field) =>
        field.IndexOfAny([Separator, '"', '\r', '\n']) >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}
