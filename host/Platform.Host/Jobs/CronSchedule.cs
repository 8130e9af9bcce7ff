using Cronos;

namespace Platform.Host.Jobs;

/// <summary>Cron expressions of five fields (minute precision) or six (with seconds first).</summary>
public static class CronSchedule
{
    public static bool TryParse(string expression, out CronExpression? cron) =>
        CronExpression.TryParse(expression, FormatOf(expression), out cron);

    public static CronExpression Parse(string expression) => CronExpression.Parse(expression, FormatOf(expression));

    private static CronFormat FormatOf(string expression) =>
        expression.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard;
}
