using System.Text.Json;
using Platform.Contracts.Reporting.V1;
using Platform.Reporting.Generation;
using Platform.Sdk.Jobs;

namespace Platform.Reporting.Archive;

/// <summary>Generates one report into the archive; idempotent by the job id (see <see cref="ReportArchive"/>).</summary>
internal sealed class GenerateReportJobHandler(ReportTargets targets, ReportArchive archive) : IJobHandler
{
    public const string Type = "reporting.generate";

    public async Task HandleAsync(JobContext job, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.Deserialize<GenerateReportPayload>(job.Payload)
            ?? throw new InvalidOperationException("The report job's payload is empty.");
        var scope = payload.PartnershipId is { } id ? ReportTargets.Partnership(id) : ReportTargets.Municipality(payload.MunicipalityCode!);
        var target = await targets.ResolveAsync(scope, "scope", cancellationToken);
        await archive.GenerateAsync(job.JobId, target, new QuarterPeriod(payload.Year, payload.Quarter), (ReportFormat)payload.Format,
            job.ReportProgress, cancellationToken);
    }
}
