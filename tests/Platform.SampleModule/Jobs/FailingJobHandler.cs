using Platform.Sdk.Jobs;

namespace Platform.SampleModule.Jobs;

/// <summary>Always fails, to prove retries and the failed state.</summary>
public sealed class FailingJobHandler : IJobHandler
{
    public const string Type = "sample.fail";

    public Task HandleAsync(JobContext job, CancellationToken cancellationToken) =>
        throw new InvalidOperationException($"Attempt {job.Attempt} failed on purpose.");
}
