namespace Platform.Events.Tests.Infrastructure;

/// <summary>
/// Reads state over the API until it meets a condition, within a bound: for effects of background jobs the tests cannot
/// subscribe to (a job's run leaves no event a client can await).
/// </summary>
public static class Poll
{
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> condition, TimeSpan bound)
    {
        using var timeout = new CancellationTokenSource(bound);
        while (true)
        {
            var value = await read();
            if (condition(value))
            {
                return value;
            }

            if (timeout.IsCancellationRequested)
            {
                Assert.Fail($"The condition was not met within {bound}.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), CancellationToken.None);
        }
    }
}
