namespace Platform.Sdk.Jobs;

/// <summary>
/// Runs one type of durable job. A job can run more than once (a host dies mid-run and another takes over after its
/// lease ends), so a handler must be idempotent: running it twice has the effect of running it once.
/// Throwing fails the attempt; the worker retries with backoff and, after the last attempt, marks the job failed.
/// </summary>
public interface IJobHandler
{
    Task HandleAsync(JobContext job, CancellationToken cancellationToken);
}
