using System.Collections;
using System.Diagnostics;
using Grpc.Core;
using Grpc.Net.Client;
using Platform.Contracts.Core.V1;

namespace Platform.Testing;

/// <summary>
/// Waits for what the platform reaches on its own (a job's run, a cluster getting past a dead host, a server starting),
/// which a test cannot subscribe to: reads a value every <see cref="Interval"/> until it meets a condition, for at most
/// a bound, and otherwise fails naming what it awaited and the last value it read. A read that meets UNAVAILABLE or
/// DEADLINE_EXCEEDED (a host not serving yet, a cluster that has not yet noticed a dead host) counts as "not yet".
/// </summary>
public static class Poll
{
    private const int LongestDescription = 2000;

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// The first value <paramref name="read"/> gives that meets <paramref name="condition"/>, within <paramref name="bound"/>.
    /// <paramref name="awaited"/> says what the test waits for, as the failure message puts it: "the job to succeed".
    /// </summary>
    public static async Task<T> UntilAsync<T>(string awaited, Func<Task<T>> read, Func<T, bool> condition, TimeSpan bound)
    {
        var elapsed = Stopwatch.StartNew();
        while (true)
        {
            string lastSeen;
            RpcException? lastError = null;
            try
            {
                var value = await read();
                if (condition(value))
                {
                    return value;
                }

                lastSeen = Describe(value);
            }
            catch (RpcException exception) when (exception.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded)
            {
                (lastSeen, lastError) = ($"{exception.StatusCode} ({exception.Status.Detail})", exception);
            }

            var left = bound - elapsed.Elapsed;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"Waited {bound} for {awaited}; the last read gave {lastSeen}.", lastError);
            }

            await Task.Delay(left < Interval ? left : Interval);
        }
    }

    /// <summary>The answer of a call that may meet UNAVAILABLE or DEADLINE_EXCEEDED for a while, as while a cluster notices a dead host.</summary>
    public static Task<T> SucceedsAsync<T>(string awaited, Func<Task<T>> call, TimeSpan bound) => UntilAsync(awaited, call, _ => true, bound);

    /// <summary>The job once it is in <paramref name="state"/>, asking the job service of the host behind <paramref name="channel"/>.</summary>
    public static Task<Job> UntilJobAsync(GrpcChannel channel, Func<CallOptions> admin, string jobId, JobState state, TimeSpan bound)
    {
        var jobs = new JobService.JobServiceClient(channel);
        return UntilAsync($"job {jobId} to be {state}", () => jobs.GetJobAsync(new GetJobRequest { Id = jobId }, admin()).ResponseAsync,
            job => job.State == state, bound);
    }

    private static string Describe(object? value)
    {
        var text = value switch
        {
            null => "nothing",
            string s => $"\"{s}\"",
            IEnumerable items => Items(items.Cast<object?>().ToList()),
            _ => value.ToString() ?? "",
        };
        return text.Length <= LongestDescription ? text : text[..LongestDescription] + " …";
    }

    private static string Items(List<object?> items) =>
        $"{items.Count} item{(items.Count == 1 ? "" : "s")}: [{string.Join(", ", items.Take(10).Select(Describe))}{(items.Count > 10 ? ", …" : "")}]";
}
