using System.Text.Json;
using Grpc.Core;
using Platform.Contracts.Reporting.V1;
using Platform.Reporting.Archive;
using Platform.Reporting.Formats;
using Platform.Reporting.Generation;
using Platform.Sdk.Callers;
using Platform.Sdk.Errors;
using Platform.Sdk.Jobs;

namespace Platform.Reporting.Service;

/// <summary>
/// Indicators and status reports over gRPC. Every figure is computed at aggregate access, so partnership staff and
/// viewers read their partnership's reports, municipality roles their municipality's, and no one gets personal data.
/// </summary>
internal sealed class ReportGrpcService(
    ReportBuilder builder, ReportTargets targets, ReportFiles files, ReportArchive archive, IJobQueue jobs, ICallerContext caller, TimeProvider clock)
    : ReportService.ReportServiceBase
{
    private const string DefaultMonthlyCron = "0 6 1 * *";

    public override Task<ListIndicatorsResponse> ListIndicators(ListIndicatorsRequest request, ServerCallContext context) =>
        Task.FromResult(new ListIndicatorsResponse
        {
            Indicators = { builder.Definitions.OrderBy(d => d.Id, StringComparer.Ordinal).Select(builder.ToContract) },
        });

    public override async Task<IndicatorFigures> GetIndicator(GetIndicatorRequest request, ServerCallContext context)
    {
        new Validation().Required(request.IndicatorId, "indicator_id", 200).Period(request.Period).ThrowIfInvalid();
        var target = await targets.ResolveAsync(request.Scope, "scope", context.CancellationToken);
        var definition = builder.Definitions.FirstOrDefault(d => d.Id == request.IndicatorId)
            ?? throw new NotFoundException($"No loaded module provides the indicator '{request.IndicatorId}'.");
        return await builder.BuildIndicatorAsync(definition, target, request.Period.ToPeriod(), context.CancellationToken);
    }

    public override Task GeneratePartnershipReport(
        GeneratePartnershipReportRequest request, IServerStreamWriter<ReportProgress> responseStream, ServerCallContext context) =>
        StreamAsync(ReportTargets.Partnership(request.PartnershipId), request.Period, responseStream, context);

    public override Task GenerateMunicipalityReport(
        GenerateMunicipalityReportRequest request, IServerStreamWriter<ReportProgress> responseStream, ServerCallContext context) =>
        StreamAsync(ReportTargets.Municipality(request.MunicipalityCode), request.Period, responseStream, context);

    public override async Task<ReportFile> ExportReport(ExportReportRequest request, ServerCallContext context)
    {
        new Validation().Period(request.Period).Format(request.Format).ThrowIfInvalid();
        var target = await targets.ResolveAsync(request.Scope, "scope", context.CancellationToken);
        var report = await builder.BuildAsync(target, request.Period.ToPeriod(), (_, _) => Task.CompletedTask, context.CancellationToken);
        return files.Write(report, request.Format, "format");
    }

    public override async Task<ArchiveReportResponse> ArchiveReport(ArchiveReportRequest request, ServerCallContext context)
    {
        new Validation().Period(request.Period).Format(request.Format).ThrowIfInvalid();
        var target = await targets.ResolveAsync(request.Scope, "scope", context.CancellationToken);
        var period = request.Period.ToPeriod();
        var payload = new GenerateReportPayload(
            target.IsPartnership ? request.Scope.PartnershipId : null,
            target.IsPartnership ? null : request.Scope.MunicipalityCode,
            period.Year, period.Number, (int)request.Format);
        var id = await jobs.EnqueueAsync(
            new JobRequest(GenerateReportJobHandler.Type, JsonSerializer.Serialize(payload), clock.GetUtcNow(),
                DeduplicationKey: $"reporting:{target.Key}:{period}:{request.Format}"),
            context.CancellationToken);
        return new ArchiveReportResponse { JobId = id.ToString() };
    }

    public override async Task<ListArchivedReportsResponse> ListArchivedReports(ListArchivedReportsRequest request, ServerCallContext context)
    {
        var target = await targets.ResolveAsync(request.Scope, "scope", context.CancellationToken);
        return new ListArchivedReportsResponse { Reports = { await archive.ListAsync(target, context.CancellationToken) } };
    }

    public override async Task<ReportFile> GetArchivedReport(GetArchivedReportRequest request, ServerCallContext context)
    {
        new Validation().Check(Guid.TryParse(request.Id, out var id), "id", "must be an archived report's id").ThrowIfInvalid();
        var target = await targets.ResolveAsync(request.Scope, "scope", context.CancellationToken);
        return await archive.GetAsync(target, id, context.CancellationToken);
    }

    public override async Task<ScheduleMonthlyReportsResponse> ScheduleMonthlyReports(ScheduleMonthlyReportsRequest request, ServerCallContext context)
    {
        new Validation().Required(request.PartnershipId, "partnership_id", 100).Format(request.Format).ThrowIfInvalid();
        await caller.RequirePartnershipAsync(request.PartnershipId, AccessLevel.Aggregate, context.CancellationToken);
        await caller.RequirePartnershipRoleAsync(request.PartnershipId, PartnershipAccess.Manage, context.CancellationToken);

        var scheduleId = $"reporting.monthly:{request.PartnershipId}";
        await jobs.ScheduleAsync(scheduleId, MonthlyReportJobHandler.Type,
            string.IsNullOrWhiteSpace(request.CronExpression) ? DefaultMonthlyCron : request.CronExpression,
            JsonSerializer.Serialize(new MonthlyReportPayload(request.PartnershipId, (int)request.Format)), "Europe/Copenhagen",
            context.CancellationToken);
        return new ScheduleMonthlyReportsResponse { ScheduleId = scheduleId };
    }

    private async Task StreamAsync(ReportScope scope, Quarter? period, IServerStreamWriter<ReportProgress> stream, ServerCallContext context)
    {
        new Validation().Period(period).ThrowIfInvalid();
        var target = await targets.ResolveAsync(scope, "scope", context.CancellationToken);
        var report = await builder.BuildAsync(target, period!.ToPeriod(),
            (percent, message) => stream.WriteAsync(new ReportProgress { Percent = percent, Message = message }, context.CancellationToken),
            context.CancellationToken);
        await stream.WriteAsync(new ReportProgress { Percent = 100, Message = "Færdig / Done", Report = report }, context.CancellationToken);
    }
}
