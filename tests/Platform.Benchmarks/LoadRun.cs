using System.Diagnostics;

namespace Platform.Benchmarks;

/// <summary>Runs one kind of call from many concurrent callers for a fixed time and counts completed calls.</summary>
public static class LoadRun
{
    public static async Task<double> CallsPerSecondAsync(Func<Task> call, int concurrency, TimeSpan warmUp, TimeSpan duration)
    {
        await RunAsync(call, concurrency, warmUp);
        var stopwatch = Stopwatch.StartNew();
        var calls = await RunAsync(call, concurrency, duration);
        return calls / stopwatch.Elapsed.TotalSeconds;
    }

    /// <summary>One caller, one call after the other: the time of one call, in milliseconds.</summary>
    public static async Task<double> MillisecondsPerCallAsync(Func<Task> call, int calls)
    {
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < calls; i++)
        {
            await call();
        }

        return stopwatch.Elapsed.TotalMilliseconds / calls;
    }

    private static async Task<long> RunAsync(Func<Task> call, int concurrency, TimeSpan duration)
    {
        long calls = 0;
        using var stop = new CancellationTokenSource(duration);
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (!stop.IsCancellationRequested)
            {
                await call();
                Interlocked.Increment(ref calls);
            }
        }));
        return calls;
    }
}
