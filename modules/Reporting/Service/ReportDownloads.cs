using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Contracts.Reporting.V1;
using Platform.Reporting.Archive;
using Platform.Reporting.Generation;
using Platform.Sdk.Errors;

namespace Platform.Reporting.Service;

/// <summary>
/// Report files on the web port, for integrators with a bearer token and for the report pages with the person's session
/// cookie alike (the host authenticates a request without an Authorization header by its session):
/// <c>/reporting/{partnership|municipality}/{id}/report?year=2026&amp;quarter=3&amp;compare=2026-2&amp;format=html|csv|csv-international|xlsx&amp;language=da|en</c>
/// and an archived report's file, <c>/reporting/{partnership|municipality}/{id}/archive/{report id}</c>. Thin adapters
/// over <see cref="ReportDesk"/>, with the same access checks as over gRPC; refusals come back as the matching HTTP status.
/// </summary>
internal static class ReportDownloads
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/{kind}/{id}/report",
            (string kind, string id, int? year, int? quarter, string? compare, string? format, string? language, ReportDesk desk,
                CancellationToken cancellationToken) =>
                AnswerAsync(async () =>
                {
                    var scope = Scope(kind, id);
                    new Validation()
                        .Check(compare is null || Compared(compare) is not null, "compare", "must be a quarter such as 2026-3")
                        .Check(language is null or "da" or "en", "language", "must be da or en")
                        .ThrowIfInvalid();
                    // The HTML file's words in the language asked for (the page's own); Danish, the platform's, otherwise.
                    CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language ?? "da");
                    return await desk.ExportAsync(new ExportReportRequest
                    {
                        Scope = scope,
                        Period = new Quarter { Year = year ?? 0, Quarter_ = quarter ?? 0 },
                        Format = format?.ToLowerInvariant() switch
                        {
                            "csv" => ReportFormat.Csv,
                            "csv-international" => ReportFormat.CsvInternational,
                            "xlsx" => ReportFormat.Xlsx,
                            "html" or null => ReportFormat.Html,
                            _ => ReportFormat.Unspecified,
                        },
                    }, compare is null ? null : Compared(compare), cancellationToken);
                }));
        endpoints.MapGet("/{kind}/{id}/archive/{reportId}",
            (string kind, string id, string reportId, ReportDesk desk, CancellationToken cancellationToken) =>
                AnswerAsync(() => desk.GetArchivedAsync(new GetArchivedReportRequest { Scope = Scope(kind, id), Id = reportId }, cancellationToken)));
    }

    /// <summary>The page's address of a report file: the quarter, the quarter compared with, the format and the page's language.</summary>
    public static string ReportFile(ReportScope scope, Quarter period, Quarter compare, string format, string language) => string.Create(CultureInfo.InvariantCulture,
        $"{Base(scope)}/report?year={period.Year}&quarter={period.Quarter_}&compare={compare.Year}-{compare.Quarter_}&format={format}&language={language}");

    /// <summary>The page's address of an archived report's file.</summary>
    public static string ArchivedFile(ReportScope scope, string reportId) => $"{Base(scope)}/archive/{Uri.EscapeDataString(reportId)}";

    private static string Base(ReportScope scope) => scope.TargetCase == ReportScope.TargetOneofCase.PartnershipId
        ? $"/{ReportingModule.Id}/partnership/{Uri.EscapeDataString(scope.PartnershipId)}"
        : $"/{ReportingModule.Id}/municipality/{Uri.EscapeDataString(scope.MunicipalityCode)}";

    private static ReportScope Scope(string kind, string id)
    {
        new Validation().Check(kind is "partnership" or "municipality", "kind", "must be partnership or municipality").ThrowIfInvalid();
        return kind == "partnership" ? ReportTargets.Partnership(id) : ReportTargets.Municipality(id);
    }

    /// <summary>"2026-3" as a quarter; null when it is not one.</summary>
    public static Quarter? Compared(string text) =>
        text.Split('-') is [var year, var number]
        && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
        && int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
        && QuarterPeriod.IsValid(y, n)
            ? new Quarter { Year = y, Quarter_ = n }
            : null;

    private static async Task<IResult> AnswerAsync(Func<Task<ReportFile>> download)
    {
        try
        {
            var file = await download();
            return Results.File(file.Content.ToByteArray(), file.ContentType, file.FileName);
        }
        catch (PlatformException refused)
        {
            return Results.Problem(refused.Message, statusCode: HttpStatus.Of(refused));
        }
    }
}
