using System.Text;
using Platform.Contracts.Reporting.V1;

namespace Platform.Reporting.Formats;

/// <summary>A report as CSV (RFC 4180, UTF-8 with a byte order mark so spreadsheets read the Danish letters).</summary>
internal static class CsvReportWriter
{
    public static byte[] Write(Report report)
    {
        var csv = new StringBuilder();
        csv.AppendJoin(',', ReportLine.Headers).Append("\r\n");
        foreach (var line in ReportLine.Of(report))
        {
            string[] fields =
            [
                line.Section, line.IndicatorId, line.TitleDa, line.TitleEn, line.Unit, line.Municipality, line.Dimensions,
                FigureText.Of(line.Current), FigureText.Of(line.Previous), FigureText.Of(line.Change),
            ];
            csv.AppendJoin(',', fields.Select(Quote)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}
