using System.Text.Json;
using Platform.Contracts.Reporting.V1;
using Platform.Reporting.Formats;
using Platform.Reporting.Generation;
using Platform.Sdk.Audit;
using Platform.Sdk.Callers;
using Platform.Sdk.Errors;
using Platform.Sdk.Jobs;

namespace Platform.Reporting.Archive;

/// <summary>
/// The reports desk: the one application path of the gRPC service and the download page. It hands out indicators and
/// reports generated on request, and takes reports into the archive, now or monthly. Every figure is computed at
/// aggregate access, so partnership staff and viewers read their partnership's reports, municipality roles their
/// municipality's, and no one gets personal data. It sits with the archive, which already builds on generation.
/// </summary>
internal sealed class ReportDesk(
    ReportBuilder builder,
    ReportTargets targets,
    ReportFiles files,
    ReportArchive archive,
    IJobQueue jobs,
    ICallerContext caller,
    IAuditTrail audit,
    TimeProvider clock)
{
    private const string DefaultMonthlyCron = "0 6 1 * *";

    public ListIndicatorsResponse ListIndicators() => new()
    {
        Indicators = { builder.Definitions.OrderBy(d => d.Id, StringComparer.Ordinal).Select(builder.ToContract) },
    };

    public async Task<IndicatorFigures> GetIndicatorAsync(GetIndicatorRequest request, CancellationToken cancellationToken)
    {
        new Validation().Required(request.IndicatorId, "indicator_id", 200).Period(request.Period).ThrowIfInvalid();
        var target = await targets.ResolveAsync(request.Scope, "scope", cancellationToken);
        var definition = builder.Definitions.FirstOrDefault(d => d.Id == request.IndicatorId)
            ?? throw new NotFoundException($"No loaded module provides the indicator '{request.IndicatorId}'.");
        return await builder.BuildIndicatorAsync(definition, target, request.Period.ToPeriod(), cancellationToken);
    }

    public Task GeneratePartnershipAsync(
        GeneratePartnershipReportRequest request, Func<ReportProgress, CancellationToken, Task> progress, CancellationToken cancellationToken) =>
        GenerateAsync(ReportTargets.Partnership(request.PartnershipId), request.Period, progress, cancellationToken);

    public Task GenerateMunicipalityAsync(
        GenerateMunicipalityReportRequest request, Func<ReportProgress, CancellationToken, Task> progress, CancellationToken cancellationToken) =>
        GenerateAsync(ReportTargets.Municipality(request.MunicipalityCode), request.Period, progress, cancellationToken);

    public Task<ReportFile> ExportAsync(ExportReportRequest request, CancellationToken cancellationToken) =>
        ExportAsync(request, null, cancellationToken);

    /// <summary>The report as a file, its quarter compared with <paramref name="compare"/> (the quarter before when null).</summary>
    public async Task<ReportFile> ExportAsync(ExportReportRequest request, Quarter? compare, CancellationToken cancellationToken)
    {
        new Validation().Period(request.Period).Format(request.Format).ThrowIfInvalid();
        var (report, target) = await ReadAsync(request.Scope, request.Period, compare, cancellationToken);
        var file = files.Write(report, target, request.Format, "format");
        await AuditDownloadAsync(request.Scope, null, file, cancellationToken);
        return file;
    }

    /// <summary>
    /// The report for reading in the browser: the quarter compared with <paramref name="compare"/> (the quarter before when
    /// null), with what it covers, so the page names local areas as the files do.
    /// </summary>
    public async Task<(Report Report, ReportTarget Target)> ReadAsync(
        ReportScope scope, Quarter? period, Quarter? compare, CancellationToken cancellationToken)
    {
        new Validation().Period(period).Check(compare is null || QuarterPeriod.IsValid(compare.Year, compare.Quarter_), "compare",
            "must be a quarter: year 2000 to 2100 and quarter 1 to 4").ThrowIfInvalid();

        var target = await targets.ResolveAsync(scope, "scope", cancellationToken);
        var chosen = period!.ToPeriod();
        var report = await builder.BuildAsync(target, chosen, compare?.ToPeriod() ?? chosen.Previous, (_, _) => Task.CompletedTask, cancellationToken);
        return (report, target);
    }

    /// <summary>
    /// Whether the caller may put reports of the scope into the archive: a partnership's staff (not its viewers) for the
    /// partnership, a municipality's members and coordinators (not its viewers) for the municipality.
    /// </summary>
    public async Task<bool> MayArchiveAsync(ReportScope scope, CancellationToken cancellationToken)
    {
        try
        {
            await RequireArchivingAsync(scope, cancellationToken);
            return true;
        }
        catch (PermissionDeniedException)
        {
            return false;
        }
    }

    public async Task<ArchiveReportResponse> ArchiveAsync(ArchiveReportRequest request, CancellationToken cancellationToken)
    {
        new Validation().Period(request.Period).Format(request.Format).ThrowIfInvalid();
        var target = await targets.ResolveAsync(request.Scope, "scope", cancellationToken);
        await RequireArchivingAsync(request.Scope, cancellationToken);
        var period = request.Period.ToPeriod();
        var payload = new GenerateReportPayload(
            target.IsPartnership ? request.Scope.PartnershipId : null,
            target.IsPartnership ? null : request.Scope.MunicipalityCode,
            period.Year, period.Number, (int)request.Format);
        var id = await jobs.EnqueueAsync(
            new JobRequest(GenerateReportJobHandler.Type, JsonSerializer.Serialize(payload), clock.GetUtcNow(),
                DeduplicationKey: $"reporting:{target.Key}:{period}:{request.Format}"),
            cancellationToken);
        return new ArchiveReportResponse { JobId = id.ToString() };
    }

    public async Task<ListArchivedReportsResponse> ListArchivedAsync(ListArchivedReportsRequest request, CancellationToken cancellationToken)
    {
        var target = await targets.ResolveAsync(request.Scope, "scope", cancellationToken);
        return new ListArchivedReportsResponse { Reports = { await archive.ListAsync(target, cancellationToken) } };
    }

    public async Task<ReportFile> GetArchivedAsync(GetArchivedReportRequest request, CancellationToken cancellationToken)
    {
        new Validation().Check(Guid.TryParse(request.Id, out var id), "id", "must be an archived report's id").ThrowIfInvalid();
        var target = await targets.ResolveAsync(request.Scope, "scope", cancellationToken);
        var file = await archive.GetAsync(target, id, cancellationToken);
        await AuditDownloadAsync(request.Scope, id.ToString(), file, cancellationToken);
        return file;
    }

    /// <summary>Records a download: the report's scope, an archived report's id, and the file's name (quarter and format).</summary>
    private Task AuditDownloadAsync(ReportScope scope, string? reportId, ReportFile file, CancellationToken cancellationToken) =>
        audit.RecordAsync(
            AuditActions.ReportDownloaded,
            scope.TargetCase == ReportScope.TargetOneofCase.MunicipalityCode ? scope.MunicipalityCode : null,
            scope.TargetCase == ReportScope.TargetOneofCase.PartnershipId ? scope.PartnershipId : null,
            reportId,
            file.FileName,
            cancellationToken);

    public async Task<ScheduleMonthlyReportsResponse> ScheduleMonthlyAsync(ScheduleMonthlyReportsRequest request, CancellationToken cancellationToken)
    {
        new Validation().Required(request.PartnershipId, "partnership_id", 100).Format(request.Format).ThrowIfInvalid();
        await caller.RequirePartnershipAsync(request.PartnershipId, AccessLevel.Aggregate, cancellationToken);
        await caller.RequirePartnershipRoleAsync(request.PartnershipId, PartnershipAccess.Manage, cancellationToken);

        var scheduleId = MonthlyScheduleId(request.PartnershipId);
        await jobs.ScheduleAsync(scheduleId, MonthlyReportJobHandler.Type,
            string.IsNullOrWhiteSpace(request.CronExpression) ? DefaultMonthlyCron : request.CronExpression,
            JsonSerializer.Serialize(new MonthlyReportPayload(request.PartnershipId, (int)request.Format)), "Europe/Copenhagen",
            cancellationToken);
        return new ScheduleMonthlyReportsResponse { ScheduleId = scheduleId };
    }

    /// <summary>
    /// The partnership's monthly schedule as it stands, or null when it is off; read by the partnership's own roles (as
    /// its archive is).
    /// </summary>
    public async Task<JobSchedule?> MonthlyScheduleAsync(string partnershipId, CancellationToken cancellationToken)
    {
        new Validation().Required(partnershipId, "partnership_id", 100).ThrowIfInvalid();
        await caller.RequirePartnershipAsync(partnershipId, AccessLevel.Aggregate, cancellationToken);
        await caller.RequirePartnershipRoleAsync(partnershipId, PartnershipAccess.View, cancellationToken);
        return await jobs.FindScheduleAsync(MonthlyScheduleId(partnershipId), cancellationToken);
    }

    /// <summary>Turns the partnership's monthly reports off: for those who may turn them on.</summary>
    public async Task StopMonthlyAsync(string partnershipId, CancellationToken cancellationToken)
    {
        new Validation().Required(partnershipId, "partnership_id", 100).ThrowIfInvalid();
        await caller.RequirePartnershipAsync(partnershipId, AccessLevel.Aggregate, cancellationToken);
        await caller.RequirePartnershipRoleAsync(partnershipId, PartnershipAccess.Manage, cancellationToken);
        await jobs.RemoveScheduleAsync(MonthlyScheduleId(partnershipId), cancellationToken);
    }

    /// <summary>Whether the caller may turn the partnership's monthly reports on and off.</summary>
    public async Task<bool> MayScheduleAsync(string partnershipId, CancellationToken cancellationToken)
    {
        try
        {
            await caller.RequirePartnershipRoleAsync(partnershipId, PartnershipAccess.Manage, cancellationToken);
            return true;
        }
        catch (PermissionDeniedException)
        {
            return false;
        }
    }

    private static string MonthlyScheduleId(string partnershipId) => $"reporting.monthly:{partnershipId}";

    private Task RequireArchivingAsync(ReportScope scope, CancellationToken cancellationToken) =>
        scope.TargetCase == ReportScope.TargetOneofCase.PartnershipId
            ? caller.RequirePartnershipRoleAsync(scope.PartnershipId, PartnershipAccess.Manage, cancellationToken)
            : caller.RequireAsync(scope.MunicipalityCode, AccessLevel.Contribute, cancellationToken);

    /// <summary>Builds the report, writing each step's progress and then the report itself as the last message.</summary>
    private async Task GenerateAsync(
        ReportScope scope, Quarter? period, Func<ReportProgress, CancellationToken, Task> progress, CancellationToken cancellationToken)
    {
        new Validation().Period(period).ThrowIfInvalid();
        var target = await targets.ResolveAsync(scope, "scope", cancellationToken);
        var report = await builder.BuildAsync(target, period!.ToPeriod(),
            (percent, message) => progress(new ReportProgress { Percent = percent, Message = message }, cancellationToken),
            cancellationToken);
        await progress(new ReportProgress { Percent = 100, Message = "Færdig / Done", Report = report }, cancellationToken);
    }
}
