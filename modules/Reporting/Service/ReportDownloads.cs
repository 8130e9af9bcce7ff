using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Contracts.Reporting.V1;
using Platform.Reporting.Archive;
using Platform.Reporting.Generation;
using Platform.Sdk.Errors;

namespace Platform.Reporting.Service;

/// <summary>
/// Report files for browsers on the web port, with the caller's bearer token:
/// <c>/reporting/{partnership|municipality}/{id}/report?year=2026&amp;quarter=3&amp;format=html|csv|xlsx</c>.
/// A thin adapter over <see cref="ReportDesk"/>'s export, with the same access checks as over gRPC; refusals come
/// back as the matching HTTP status.
/// </summary>
internal static class ReportDownloads
{
    public static void Map(IEndpointRouteBuilder endpoints) => endpoints.MapGet("/{kind}/{id}/report",
        async (string kind, string id, int? year, int? quarter, string? format, ReportDesk desk, CancellationToken cancellationToken) =>
        {
            try
            {
                new Validation().Check(kind is "partnership" or "municipality", "kind", "must be partnership or municipality").ThrowIfInvalid();
                var file = await desk.ExportAsync(new ExportReportRequest
                {
                    Scope = kind == "partnership" ? ReportTargets.Partnership(id) : ReportTargets.Municipality(id),
                    Period = new Quarter { Year = year ?? 0, Quarter_ = quarter ?? 0 },
                    Format = format?.ToLowerInvariant() switch
                    {
                        "csv" => ReportFormat.Csv,
                        "xlsx" => ReportFormat.Xlsx,
                        "html" or null => ReportFormat.Html,
                        _ => ReportFormat.Unspecified,
                    },
                }, cancellationToken);
                return Results.File(file.Content.ToByteArray(), file.ContentType, file.FileName);
            }
            catch (PlatformException refused)
            {
                return Results.Problem(refused.Message, statusCode: HttpStatus.Of(refused));
            }
        });
}
