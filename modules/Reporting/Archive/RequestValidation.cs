using Platform.Contracts.Reporting.V1;
using Platform.Reporting.Generation;
using Platform.Sdk.Errors;

namespace Platform.Reporting.Archive;

/// <summary>Checks of the fields several report calls share; each names the field it refuses.</summary>
internal static class RequestValidation
{
    public static Validation Period(this Validation validation, Quarter? period) =>
        validation.Check(period is not null && QuarterPeriod.IsValid(period.Year, period.Quarter_), "period",
            "must be a quarter: year 2000 to 2100 and quarter 1 to 4");

    public static Validation Format(this Validation validation, ReportFormat format) =>
        validation.Check(format is ReportFormat.Csv or ReportFormat.CsvInternational or ReportFormat.Xlsx or ReportFormat.Html, "format",
            "must be REPORT_FORMAT_CSV, REPORT_FORMAT_CSV_INTERNATIONAL, REPORT_FORMAT_XLSX or REPORT_FORMAT_HTML");

    public static QuarterPeriod ToPeriod(this Quarter period) => new(period.Year, period.Quarter_);
}
