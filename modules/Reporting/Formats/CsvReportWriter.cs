using System.Globalization;
using Platform.Contracts.Reporting.V1;
using Platform.Sdk.Files;

namespace Platform.Reporting.Formats;

/// <summary>
/// A report as CSV (<see cref="CsvFile"/>), in one of two forms: the one Danish Excel opens as columns (semicolons between
/// fields, a decimal comma, UTF-8 with a byte order mark so the Danish letters survive), the default; or the
/// international one (commas, a decimal point, UTF-8 without a byte order mark) for other programs.
/// </summary>
internal static class CsvReportWriter
{
    public const char Separator = ';';
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public static byte[] Write(Report report) => Write(report, Separator, Danish, byteOrderMark: true);

    public static byte[] WriteInternational(Report report) => Write(report, ',', CultureInfo.InvariantCulture, byteOrderMark: false);

    private static byte[] Write(Report report, char separator, CultureInfo culture, bool byteOrderMark) =>
        CsvFile.Write(
            ReportLine.Of(report).Select(line => (IEnumerable<string>)
            [
                // Texts a person may have typed (a workstream's title, a local area's name) cannot start a formula; numbers are ours.
                .. new[] { line.Section, line.IndicatorId, line.TitleDa, line.TitleEn, line.Unit, line.Municipality, line.Dimensions }.Select(FormulaCells.Neutralise),
                Number(line.Current, culture), Number(line.Previous, culture), Number(line.Change, culture),
            ]).Prepend(ReportLine.Headers),
            separator,
            byteOrderMark);

    /// <summary>A figure with the form's decimal mark and no thousands separator, so a spreadsheet reads it as a number.</summary>
    private static string Number(Figure? figure, CultureInfo culture) =>
        FigureText.NumberOf(figure) is { } value ? value.ToString("0.##", culture) : FigureText.Of(figure);
}
