using System.Globalization;
using Microsoft.Extensions.Localization;
using Platform.Sdk.Web;

namespace Platform.Surveys.Web.Links;

/// <summary>
/// A link's opening and closing times in Copenhagen time: shown in Danish form ("3. december 2026 kl. 08.00"), and
/// read from and written to a <c>datetime-local</c> input, whose wall-clock time is Copenhagen's.
/// </summary>
internal static class LinkTimes
{
    private const string InputFormat = "yyyy-MM-dd'T'HH:mm";

    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    public static DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Copenhagen).DateTime;

    /// <summary>The date and time as the page says it, e.g. "3. december 2026 kl. 08.00".</summary>
    public static string Show(DateTimeOffset instant, IStringLocalizer<CollectionPagesText> text)
    {
        var local = Local(instant);
        return text["DateAtTime", DanishFormats.Date(DateOnly.FromDateTime(local)), local.ToString("HH.mm", CultureInfo.InvariantCulture)];
    }

    public static string Input(DateTimeOffset instant) => Local(instant).ToString(InputFormat, CultureInfo.InvariantCulture);

    /// <summary>The instant a <c>datetime-local</c> value names in Copenhagen, or null when it is not one (the application class then names the field).</summary>
    public static DateTimeOffset? Read(string value)
    {
        if (!DateTime.TryParseExact(value.Trim(), [InputFormat, "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return null;
        }

        // A time skipped by the change to summer time is read as the same time an hour later.
        if (Copenhagen.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(local, Copenhagen.GetUtcOffset(local)).ToUniversalTime();
    }
}
