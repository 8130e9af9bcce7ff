namespace Platform.Reporting.Generation;

/// <summary>A calendar quarter: the period a report covers and compares with the one before.</summary>
internal readonly record struct QuarterPeriod(int Year, int Number)
{
    public DateOnly From => new(Year, ((Number - 1) * 3) + 1, 1);

    public DateOnly To => From.AddMonths(3).AddDays(-1);

    public QuarterPeriod Previous => Number == 1 ? new(Year - 1, 4) : new(Year, Number - 1);

    public static bool IsValid(int year, int number) => year is >= 2000 and <= 2100 && number is >= 1 and <= 4;

    public static QuarterPeriod Containing(DateOnly day) => new(day.Year, ((day.Month - 1) / 3) + 1);

    public override string ToString() => $"{Year}-Q{Number}";
}
