namespace Platform.Reporting.Tests.Worker;

/// <summary>Waits for a condition on stored state, checking it often, up to a bound (never a fixed sleep).</summary>
public static class Poll
{
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan bound, string what)
    {
        using var timeout = new CancellationTokenSource(bound);
        while (!await condition())
        {
            if (timeout.IsCancellationRequested)
            {
                throw new TimeoutException($"Waited {bound} for {what}.");
            }

            await Task.Delay(100, CancellationToken.None);
        }
    }
}
