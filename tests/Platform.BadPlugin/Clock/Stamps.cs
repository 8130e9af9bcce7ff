using static System.DateTime;

namespace Platform.BadPlugin.Clock;

/// <summary>Reads the static clock, once spelled so that no text search for "DateTime.Today" finds it.</summary>
internal static class Stamps
{
    public static DateTimeOffset Created() => DateTimeOffset.UtcNow;

    public static DateOnly Day() => DateOnly.FromDateTime(Today);

    public static DateTimeOffset System() => TimeProvider.System.GetUtcNow();
}
