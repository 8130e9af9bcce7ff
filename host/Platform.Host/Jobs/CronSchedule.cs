using Cronos;

namespace Platform.Host.Jobs;

/// <summary>Cron expressions of five fields (minute precision) or six (with seconds first).</summary>
public static class CronSchedule
{
    public static bool TryParse(string expression, out CronExpression? cron) =>
        CronExpression.TryParse(expression, FormatOf(expression), out cron);

    public static CronExpression Parse(string expression) => CronExpression.Parse(expression, FormatOf(expression));

    /// <summary>
    /// The shortest time between two of the schedule's runs over the coming year (at most 1,000 runs looked at, which
    /// covers every repeating pattern of an expression that runs hourly or less often); TimeSpan.MaxValue when it runs
    /// once or never.
    /// </summary>
    public static TimeSpan ShortestGap(CronExpression cron, TimeZoneInfo zone, DateTimeOffset from)
    {
        var shortest = TimeSpan.MaxValue;
        var until = from.AddYears(1);
        var previous = cron.GetNextOccurrence(from, zone);
        for (var runs = 0; previous is { } last && last <= until && runs < 1_000; runs++)
        {
            var next = cron.GetNextOccurrence(last, zone);
            if (next is { } following)
            {
                shortest = following - last < shortest ? following - last : shortest;
            }

            previous = next;
        }

        return shortest;
    }

    private static CronFormat FormatOf(string expression) =>
        expression.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard;
}
