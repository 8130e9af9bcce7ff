using Platform.Contracts.Core.V1;
using Platform.Contracts.Reporting.V1;
using Platform.SampleModule.V1;
using Platform.Testing;

namespace Platform.Reporting.Tests.Worker;

/// <summary>A host whose every lane is busy with a long job still turns due schedule occurrences into jobs.</summary>
public sealed class SchedulesWhileBusyTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_due_schedule_occurrence_is_enqueued_while_a_long_job_holds_the_only_lane()
    {
        await using var platform = await TestPlatform.StartAsync(settings: "--Platform:Jobs:Concurrency=1");
        var code = platform.MunicipalityCodes.Take();
        var id = await Scenario.PartnershipWithMembersAsync(platform, code);
        var work = await new NoteService.NoteServiceClient(platform.Channel).EnqueueJobAsync(new EnqueueJobRequest
        {
            MunicipalityCode = code, Type = "sample.work", Message = "long", WorkMilliseconds = 20_000,
        }, platform.AsAdmin());
        await Poll.UntilJobAsync(platform.Channel, platform.AsAdmin, work.JobId, JobState.Running, Bound);

        var schedule = await new ReportService.ReportServiceClient(platform.Channel).ScheduleMonthlyReportsAsync(
            new ScheduleMonthlyReportsRequest { PartnershipId = id, Format = ReportFormat.Csv, CronExpression = "* * * * * *" }, platform.AsAdmin());
        var jobs = new JobService.JobServiceClient(platform.Channel);
        await Poll.UntilAsync("the schedule's first job", async () => (await jobs.ListJobsAsync(new ListJobsRequest { Type = "reporting.monthly" }, platform.AsAdmin())).Jobs,
            monthly => monthly.Any(j => j.ScheduleId == schedule.ScheduleId), Bound);

        var longJob = await jobs.GetJobAsync(new GetJobRequest { Id = work.JobId }, platform.AsAdmin());
        Assert.Equal(JobState.Running, longJob.State);
    }
}
