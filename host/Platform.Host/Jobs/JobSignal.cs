namespace Platform.Host.Jobs;

/// <summary>Wakes idle workers of this host when a job is enqueued here, instead of waiting for the next poll.</summary>
public sealed class JobSignal
{
    private TaskCompletionSource wake = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Notify() => Interlocked.Exchange(ref wake, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await Volatile.Read(ref wake).Task.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            // The poll interval passed: look for jobs other hosts enqueued.
        }
    }
}
