namespace Platform.Sdk.RateLimits;

/// <summary>
/// At most <c>perMinute</c> uses in any minute (a sliding window), for one public address such as a survey link or an
/// event's sign-up page. Not thread-safe: keep it in a grain, whose turns run one at a time, so the limit holds for the
/// address on every host at once.
/// </summary>
public sealed class PerMinuteLimit(int perMinute)
{
    private readonly Queue<DateTimeOffset> recent = new();

    /// <summary>Takes one use at <paramref name="now"/>; false when the last minute has had its fill.</summary>
    public bool TryTake(DateTimeOffset now)
    {
        while (recent.Count > 0 && recent.Peek() <= now.AddMinutes(-1))
        {
            recent.Dequeue();
        }

        if (recent.Count >= perMinute)
        {
            return false;
        }

        recent.Enqueue(now);
        return true;
    }
}
