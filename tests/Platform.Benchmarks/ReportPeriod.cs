namespace Platform.Benchmarks;

/// <summary>The report's quarter (the last whole one before a moment) and the quarter before it, as UTC bounds.</summary>
public sealed record ReportPeriod(int Year, int Quarter)
{
    public DateOnly From => new(Year, (Quarter * 3) - 2, 1);

    public DateOnly To => From.AddMonths(3).AddDays(-1);

    public DateOnly PreviousFrom => From.AddMonths(-3);

    public static ReportPeriod LastWholeQuarterBefore(DateTimeOffset now)
    {
        var current = ((now.Month - 1) / 3) + 1;
        return current == 1 ? new ReportPeriod(now.Year - 1, 4) : new ReportPeriod(now.Year, current - 1);
    }
}
