using Grpc.Core;
using Platform.Contracts.Reporting.V1;

namespace Platform.Reporting.Tests.Infrastructure;

/// <summary>Reads a streamed report generation to its end: the progress messages, then the report.</summary>
public static class ReportCalls
{
    public static async Task<(List<ReportProgress> Progress, Report Report)> ReadAsync(AsyncServerStreamingCall<ReportProgress> call)
    {
        using (call)
        {
            var messages = new List<ReportProgress>();
            await foreach (var message in call.ResponseStream.ReadAllAsync())
            {
                messages.Add(message);
            }

            return (messages, messages[^1].Report);
        }
    }

    public static Task<(List<ReportProgress> Progress, Report Report)> PartnershipAsync(
        ReportService.ReportServiceClient client, string partnershipId, CallOptions options) =>
        ReadAsync(client.GeneratePartnershipReport(
            new GeneratePartnershipReportRequest { PartnershipId = partnershipId, Period = KnownDataSet.Period }, options));

    public static Task<(List<ReportProgress> Progress, Report Report)> MunicipalityAsync(
        ReportService.ReportServiceClient client, string code, CallOptions options) =>
        ReadAsync(client.GenerateMunicipalityReport(
            new GenerateMunicipalityReportRequest { MunicipalityCode = code, Period = KnownDataSet.Period }, options));

    /// <summary>
    /// Every row of the report as "indicator|municipality|dimensions|current|previous|change"; with a prefix, the rows
    /// of that module's indicators only (e.g. the ones a test seeded).
    /// </summary>
    public static List<string> Lines(Report report, string indicatorPrefix = "") =>
    [
        .. from section in report.Sections
           from figures in section.Indicators
           where figures.Indicator.Id.StartsWith(indicatorPrefix, StringComparison.Ordinal)
           from row in figures.Rows
           select Line(figures.Indicator.Id, row.MunicipalityCode,
               string.Join(",", row.Dimensions.OrderBy(d => d.Key).Select(d => $"{d.Key}={d.Value}")),
               Text(row.Current), Text(row.Previous), Text(row.Change)),
    ];

    /// <summary>The quarter a test's own data was written in (the actor indicators count what exists at the quarter's end).</summary>
    public static Quarter ThisQuarter()
    {
        var today = DateTime.UtcNow;
        return new Quarter { Year = today.Year, Quarter_ = ((today.Month - 1) / 3) + 1 };
    }

    public static string Line(string indicator, string code, string dimensions, string current, string previous, string change) =>
        $"{indicator}|{code}|{dimensions}|{current}|{previous}|{change}";

    public static string Text(Figure? figure) => figure?.ContentCase switch
    {
        Figure.ContentOneofCase.Value => figure.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Figure.ContentOneofCase.Suppressed => "suppressed",
        _ => "-",
    };
}
