using Platform.Contracts.Reporting.V1;
using Platform.Sdk.Errors;

namespace Platform.Reporting.Formats;

/// <summary>Writes a report in the asked format, with a file name and content type.</summary>
internal sealed class ReportFiles
{
    public ReportFile Write(Report report, ReportFormat format, string field)
    {
        var (content, extension, contentType) = format switch
        {
            ReportFormat.Csv => (CsvReportWriter.Write(report), "csv", "text/csv; charset=utf-8"),
            ReportFormat.Xlsx => (XlsxReportWriter.Write(report), "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            ReportFormat.Html => (HtmlReportWriter.Write(report), "html", "text/html; charset=utf-8"),
            _ => throw new InvalidInputException(field, "must be REPORT_FORMAT_CSV, REPORT_FORMAT_XLSX or REPORT_FORMAT_HTML"),
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
