namespace Platform.Surveys.Tests.Infrastructure;

/// <summary>Polls a condition the platform reaches on its own (a job at its time), within a bound.</summary>
public static class Until
{
    public static async Task TrueAsync(Func<Task<bool>> condition, TimeSpan bound)
    {
        using var timeout = new CancellationTokenSource(bound);
        while (!await condition())
        {
            await Task.Delay(100, timeout.Token);
        }
    }
}
