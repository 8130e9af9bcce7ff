using System.Globalization;

namespace Platform.Events.Data;

/// <summary>Events happen in Denmark: instants are shown and fed in Europe/Copenhagen time.</summary>
internal static class CopenhagenTime
{
    public const string ZoneId = "Europe/Copenhagen";

    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    /// <summary>The local wall-clock time, without an offset.</summary>
    public static DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    /// <summary>ISO 8601 with the offset in force at that instant, e.g. 2026-03-29T10:00:00+02:00.</summary>
    public static string Format(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
