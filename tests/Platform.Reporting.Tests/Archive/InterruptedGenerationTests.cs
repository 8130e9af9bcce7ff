using Platform.Contracts.Core.V1;
using Platform.Contracts.Reporting.V1;
using Platform.Testing;

namespace Platform.Reporting.Tests.Archive;

/// <summary>A host process killed while it generates a report; the generation completes after a restart, once.</summary>
public sealed class InterruptedGenerationTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_report_generation_cut_off_by_kill_9_completes_after_the_restart_and_is_archived_exactly_once()
    {
        var dataDirectory = TestPlatform.NewDataDirectory();
        var siloPort = FreePorts.Next();
        // Each indicator computation takes 400 ms: the report's 12 computations take about 5 s, long enough to be cut off.
        string[] settings = ["--Platform:Modules:sample:IndicatorDelayMilliseconds=400", "--Platform:Jobs:Lease=00:00:04", "--Platform:Jobs:PollInterval=00:00:00.200"];
        var first = await HostProcess.StartAsync(dataDirectory, siloPort, settings);
        var partnerships = new PartnershipService.PartnershipServiceClient(first.Channel);
        var id = "restart-" + Guid.NewGuid().ToString("N")[..8];
        await partnerships.CreatePartnershipAsync(new CreatePartnershipRequest { Id = id, Name = "Restart", CentreName = "Centre" }, first.AsAdmin());
        foreach (var code in first.MunicipalityCodes.Take(2))
        {
            await partnerships.OnboardMunicipalityAsync(new OnboardMunicipalityRequest { PartnershipId = id, MunicipalityCode = code }, first.AsAdmin());
        }

        var scope = new ReportScope { PartnershipId = id };
        var job = await new ReportService.ReportServiceClient(first.Channel).ArchiveReportAsync(new ArchiveReportRequest
        {
            Scope = scope, Period = new Quarter { Year = 2026, Quarter_ = 2 }, Format = ReportFormat.Html,
        }, first.AsAdmin());
        await Poll.UntilJobAsync(first.Channel, first.AsAdmin, job.JobId, JobState.Running, Bound);
        first.Kill();
        await first.DisposeAsync();

        await using var restarted = await HostProcess.StartAsync(dataDirectory, siloPort, settings);
        var done = await Poll.UntilJobAsync(restarted.Channel, restarted.AsAdmin, job.JobId, JobState.Succeeded, Bound);

        Assert.Equal(2, done.Attempts);
        var archived = await new ReportService.ReportServiceClient(restarted.Channel)
            .ListArchivedReportsAsync(new ListArchivedReportsRequest { Scope = scope }, restarted.AsAdmin());
        Assert.Single(archived.Reports);
    }
}
