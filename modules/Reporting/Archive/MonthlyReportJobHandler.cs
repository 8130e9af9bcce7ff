using System.Text.Json;
using Platform.Contracts.Reporting.V1;
using Platform.Reporting.Generation;
using Platform.Sdk.Jobs;

namespace Platform.Reporting.Archive;

/// <summary>
/// A partnership's monthly report: reports on the last full quarter before the run, into the archive; idempotent by
/// the job id like every generation.
/// </summary>
internal sealed class MonthlyReportJobHandler(ReportTargets targets, ReportArchive archive, TimeProvider clock) : IJobHandler
{
    public const string Type = "reporting.monthly";

    public async Task HandleAsync(JobContext job, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.Deserialize<MonthlyReportPayload>(job.Payload)
            ?? throw new InvalidOperationException("The monthly report job's payload is empty.");
        var target = await targets.ResolveAsync(ReportTargets.Partnership(payload.PartnershipId), "scope", cancellationToken);
        var period = QuarterPeriod.Containing(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).Previous;
        await archive.GenerateAsync(job.JobId, target, period, (ReportFormat)payload.Format, job.ReportProgress, cancellationToken);
    }
}
