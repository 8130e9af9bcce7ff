using Grpc.Core;
using Grpc.Net.Client;
using Platform.Contracts.Core.V1;
using Platform.Testing;

namespace Platform.Reporting.Tests.Archive;

/// <summary>Waits for a job to reach a state by asking the job service (a bounded wait, not a fixed sleep).</summary>
public static class JobWaits
{
    public static async Task<Job> UntilAsync(GrpcChannel channel, Func<CallOptions> admin, string jobId, JobState state, TimeSpan bound)
    {
        var jobs = new JobService.JobServiceClient(channel);
        using var timeout = new CancellationTokenSource(bound);
        while (true)
        {
            var job = await Eventually.SucceedsAsync(
                () => jobs.GetJobAsync(new GetJobRequest { Id = jobId }, admin().WithCancellationToken(timeout.Token)).ResponseAsync, bound);
            if (job.State == state)
            {
                return job;
            }

            await Task.Delay(50, timeout.Token);
        }
    }
}
