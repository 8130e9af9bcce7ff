using Platform.Contracts.Core.V1;
using Platform.Testing;

namespace Platform.Core.Tests.Jobs;

/// <summary>Waits for a job to reach a state by asking the job service (a bounded wait, not a fixed sleep).</summary>
public static class JobWaits
{
    public static async Task<Job> UntilAsync(TestPlatform platform, string jobId, JobState state)
    {
        var jobs = new JobService.JobServiceClient(platform.Channel);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var job = await jobs.GetJobAsync(new GetJobRequest { Id = jobId }, platform.AsAdmin().WithCancellationToken(timeout.Token));
            if (job.State == state)
            {
                return job;
            }

            await Task.Delay(50, timeout.Token);
        }
    }

}
