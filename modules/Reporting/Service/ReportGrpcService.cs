using Grpc.Core;
using Platform.Contracts.Reporting.V1;
using Platform.Reporting.Archive;

namespace Platform.Reporting.Service;

/// <summary>Indicators and status reports over gRPC: a thin adapter over <see cref="ReportDesk"/>.</summary>
internal sealed class ReportGrpcService(ReportDesk desk) : ReportService.ReportServiceBase
{
    public override Task<ListIndicatorsResponse> ListIndicators(ListIndicatorsRequest request, ServerCallContext context) =>
        Task.FromResult(desk.ListIndicators());

    public override Task<IndicatorFigures> GetIndicator(GetIndicatorRequest request, ServerCallContext context) =>
        desk.GetIndicatorAsync(request, context.CancellationToken);

    public override Task GeneratePartnershipReport(
        GeneratePartnershipReportRequest request, IServerStreamWriter<ReportProgress> responseStream, ServerCallContext context) =>
        desk.GeneratePartnershipAsync(request, responseStream.WriteAsync, context.CancellationToken);

    public override Task GenerateMunicipalityReport(
        GenerateMunicipalityReportRequest request, IServerStreamWriter<ReportProgress> responseStream, ServerCallContext context) =>
        desk.GenerateMunicipalityAsync(request, responseStream.WriteAsync, context.CancellationToken);

    public override Task<ReportFile> ExportReport(ExportReportRequest request, ServerCallContext context) =>
        desk.ExportAsync(request, context.CancellationToken);

    public override Task<ArchiveReportResponse> ArchiveReport(ArchiveReportRequest request, ServerCallContext context) =>
        desk.ArchiveAsync(request, context.CancellationToken);

    public override Task<ListArchivedReportsResponse> ListArchivedReports(ListArchivedReportsRequest request, ServerCallContext context) =>
        desk.ListArchivedAsync(request, context.CancellationToken);

    public override Task<ReportFile> GetArchivedReport(GetArchivedReportRequest request, ServerCallContext context) =>
        desk.GetArchivedAsync(request, context.CancellationToken);

    public override Task<ScheduleMonthlyReportsResponse> ScheduleMonthlyReports(ScheduleMonthlyReportsRequest request, ServerCallContext context) =>
        desk.ScheduleMonthlyAsync(request, context.CancellationToken);
}
