namespace Platform.ActorMapping.Initiatives;

/// <summary>google.type.Date to DateOnly and back; an unset date (all zero) is no date.</summary>
internal static class Dates
{
    /// <summary>No date, or a real calendar date.</summary>
    public static bool IsValidOrEmpty(Google.Type.Date? date) => IsEmpty(date) || ToDateOnly(date) is not null;

    public static DateOnly? ToDateOnly(Google.Type.Date? date)
    {
        if (IsEmpty(date))
        {
            return null;
        }

        return date!.Year is >= 1 and <= 9999 && date.Month is >= 1 and <= 12 && date.Day >= 1
               && date.Day <= DateTime.DaysInMonth(date.Year, date.Month)
            ? new DateOnly(date.Year, date.Month, date.Day)
            : null;
    }

    private static bool IsEmpty(Google.Type.Date? date) => date is null || (date.Year == 0 && date.Month == 0 && date.Day == 0);

    public static Google.Type.Date? ToContract(DateOnly? date) =>
        date is { } d ? new Google.Type.Date { Year = d.Year, Month = d.Month, Day = d.Day } : null;
}
