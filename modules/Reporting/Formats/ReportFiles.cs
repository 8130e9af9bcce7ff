using Microsoft.Extensions.Localization;
using Platform.Contracts.Reporting.V1;
using Platform.Reporting.Generation;
using Platform.Sdk.Errors;

namespace Platform.Reporting.Formats;

/// <summary>Writes a report in the asked format, with a file name and content type; the HTML in the reader's language.</summary>
internal sealed class ReportFiles(IStringLocalizer<ReportText> text)
{
    /// <summary>How the report page and the HTML file name things: the same labels for both.</summary>
    public ReportLabels LabelsFor(ReportTarget target) => new(text, target.LocalAreaNames);

    /// <summary>Labels for what names no local area (quarters, formats).</summary>
    public ReportLabels Labels() => new(text, new Dictionary<string, string>());

    public ReportFile Write(Report report, ReportTarget target, ReportFormat format, string field)
    {
        var (content, extension, contentType) = format switch
        {
            ReportFormat.Csv => (CsvReportWriter.Write(report), "csv", "text/csv; charset=utf-8"),
            ReportFormat.CsvInternational => (CsvReportWriter.WriteInternational(report), "csv", "text/csv; charset=utf-8"),
            ReportFormat.Xlsx => (XlsxReportWriter.Write(report), "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            ReportFormat.Html => (HtmlReportWriter.Write(report, LabelsFor(target)), "html", "text/html; charset=utf-8"),
            _ => throw new InvalidInputException(field, "must be REPORT_FORMAT_CSV, REPORT_FORMAT_CSV_INTERNATIONAL, REPORT_FORMAT_XLSX or REPORT_FORMAT_HTML"),
        };
        var scope = report.Scope.TargetCase == ReportScope.TargetOneofCase.PartnershipId ? report.Scope.PartnershipId : report.Scope.MunicipalityCode;
        return new ReportFile
        {
            FileName = $"status-{scope}-{report.Period.Year}-q{report.Period.Quarter_}.{extension}",
            ContentType = contentType,
            Content = Google.Protobuf.ByteString.CopyFrom(content),
        };
    }
}
