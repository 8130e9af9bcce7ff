using Platform.Contracts.Reporting.V1;

namespace Platform.Reporting.Formats;

/// <summary>One row of a report flattened for a table: CSV lines and spreadsheet rows.</summary>
internal sealed record ReportLine(
    string Section,
    string IndicatorId,
    string TitleDa,
    string TitleEn,
    string Unit,
    string Municipality,
    string Dimensions,
    Figure? Current,
    Figure? Previous,
    Figure? Change)
{
    public static readonly string[] Headers =
        ["section", "indicator_id", "title_da", "title_en", "unit", "municipality", "dimensions", "current", "previous", "change"];

    public const string Total = "total";

    public static IEnumerable<ReportLine> Of(Report report) =>
        from section in report.Sections
        from figures in section.Indicators
        from row in figures.Rows
        select new ReportLine(
            section.Id,
            figures.Indicator.Id,
            figures.Indicator.TitleDa,
            figures.Indicator.TitleEn,
            figures.Indicator.Unit,
            row.MunicipalityCode == "" ? Total : row.MunicipalityCode,
            string.Join("; ", row.Dimensions.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => $"{d.Key}={d.Value}")),
            row.Current,
            row.Previous,
            row.Change);
}
