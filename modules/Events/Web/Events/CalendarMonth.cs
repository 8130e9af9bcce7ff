using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Platform.Events.Data;

namespace Platform.Events.Web.Events;

/// <summary>A month of the calendar in Copenhagen time: its days, Monday first, and the instants that bound it.</summary>
internal sealed record CalendarMonth(int Year, int Month)
{
    /// <summary>The month named by "2026-12", or the month of <paramref name="today"/> when it names none.</summary>
    public static CalendarMonth Parse(string? text, DateOnly today) =>
        DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first) && first.Year is >= 2000 and <= 2100
            ? new CalendarMonth(first.Year, first.Month)
            : new CalendarMonth(today.Year, today.Month);

    public DateOnly First => new(Year, Month, 1);

    public int DayCount => DateTime.DaysInMonth(Year, Month);

    /// <summary>Days before the 1st in its week (Monday = 0), for the grid's first row.</summary>
    public int Offset => ((int)First.DayOfWeek + 6) % 7;

    public IEnumerable<DateOnly> Days => Enumerable.Range(0, DayCount).Select(First.AddDays);

    public CalendarMonth Previous => Month == 1 ? new(Year - 1, 12) : new(Year, Month - 1);

    public CalendarMonth Next => Month == 12 ? new(Year + 1, 1) : new(Year, Month + 1);

    /// <summary>"2026-12", as the calendar's address names the month.</summary>
    public string Key => $"{Year:D4}-{Month:D2}";

    /// <summary>"december 2026" in Danish, "December 2026" in English.</summary>
    public string Name =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en"
            ? First.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))
            : First.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("da-DK"));

    public Timestamp StartsFrom => Midnight(First);

    public Timestamp StartsBefore => Midnight(Next.First);

    private static Timestamp Midnight(DateOnly day) =>
        Timestamp.FromDateTime(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), CopenhagenTime.Zone));
}
