using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Core.V1;
using Platform.SampleModule.V1;
using Platform.Sdk.Jobs;
using Platform.Testing;

namespace Platform.Core.Tests.Jobs;

public sealed class FinishedJobPurgeTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Succeeded_and_failed_jobs_are_deleted_once_older_than_the_retention_and_a_waiting_job_a_running_job_and_a_schedule_are_kept()
    {
        await using var platform = await TestPlatform.StartAsync(settings: "--Platform:Jobs:FinishedJobRetention=00:00:02");
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var notes = new NoteService.NoteServiceClient(platform.Channel);
        var jobs = new JobService.JobServiceClient(platform.Channel);

        var succeeded = await notes.EnqueueJobAsync(new EnqueueJobRequest { MunicipalityCode = code, Type = "sample.echo", Message = "hej" }, platform.AsAdmin());
        var failed = await notes.EnqueueJobAsync(new EnqueueJobRequest { MunicipalityCode = code, Type = "sample.fail", MaxAttempts = 1 }, platform.AsAdmin());
        var queue = platform.Services.GetRequiredService<IJobQueue>();
        var waiting = await queue.EnqueueAsync(new JobRequest("sample.echo", "{}", DateTimeOffset.UtcNow.AddHours(1), code), CancellationToken.None);
        var running = await notes.EnqueueJobAsync(
            new EnqueueJobRequest { MunicipalityCode = code, Type = "sample.work", Message = "long", WorkMilliseconds = 60_000 }, platform.AsAdmin());
        await queue.ScheduleAsync("purge-keeps-schedules", "sample.echo", "0 6 1 * *", "{}", "Europe/Copenhagen", CancellationToken.None);
        await Poll.UntilJobAsync(platform.Channel, platform.AsAdmin, running.JobId, JobState.Running, Bound);
        await Poll.UntilJobAsync(platform.Channel, platform.AsAdmin, succeeded.JobId, JobState.Succeeded, Bound);
        await Poll.UntilJobAsync(platform.Channel, platform.AsAdmin, failed.JobId, JobState.Failed, Bound);

        foreach (var finished in new[] { succeeded.JobId, failed.JobId })
        {
            await Poll.UntilAsync($"job {finished} to be deleted", async () =>
            {
                try
                {
                    await jobs.GetJobAsync(new GetJobRequest { Id = finished }, platform.AsAdmin());
                    return "still listed";
                }
                catch (RpcException refused) when (refused.StatusCode == StatusCode.NotFound)
                {
                    return "deleted";
                }
            }, state => state == "deleted", Bound);
        }

        Assert.Equal(JobState.Pending, (await jobs.GetJobAsync(new GetJobRequest { Id = waiting.ToString() }, platform.AsAdmin())).State);
        Assert.Equal(JobState.Running, (await jobs.GetJobAsync(new GetJobRequest { Id = running.JobId }, platform.AsAdmin())).State);
        Assert.NotNull(await queue.FindScheduleAsync("purge-keeps-schedules", CancellationToken.None));
    }
}
