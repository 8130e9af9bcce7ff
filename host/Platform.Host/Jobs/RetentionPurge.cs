namespace Platform.Host.Jobs;

/// <summary>
/// Deletes rows older than their retention (finished jobs, audit entries), for the worker's schedule loop. A purge looks
/// at a whole table, so it runs at most hourly per host (or as often as the retention, when that is shorter).
/// </summary>
internal sealed class RetentionPurge(
    string what,
    Func<TimeSpan> retention,
    Func<DateTimeOffset, CancellationToken, Task<int>> purge,
    TimeProvider clock,
    ILogger logger)
{
    private static readonly TimeSpan MostOften = TimeSpan.FromHours(1);

    private DateTimeOffset next = DateTimeOffset.MinValue;

    public async Task RunWhenDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (now < next)
        {
            return;
        }

        var keep = retention();
        next = now + (keep < MostOften ? keep : MostOften);
        if (await purge(now - keep, cancellationToken) is > 0 and var purged)
        {
            logger.LogInformation("Deleted {Count} {What} older than {Retention}", purged, what, keep);
        }
    }
}
