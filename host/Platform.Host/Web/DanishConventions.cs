using System.Globalization;

namespace Platform.Host.Web;

/// <summary>Dates, numbers and sorting as Danes write them: "10. december 2026", "1.234,5", and æ, ø, å after z.</summary>
internal static class DanishConventions
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("da-DK");

    /// <summary>Denmark's time zone, in which an instant has its date.</summary>
    public static TimeZoneInfo TimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    /// <summary>Sorts names the Danish way, in either language of the page.</summary>
    public static StringComparer Sorting { get; } = StringComparer.Create(Culture, ignoreCase: false);

    /// <summary>A date written out: "10. december 2026" in Danish, "10 December 2026" in English.</summary>
    public static string Date(DateOnly date, WebLanguage language) =>
        language == WebLanguage.English
            ? date.ToString("d MMMM yyyy", language.UiCulture)
            : date.ToString("d. MMMM yyyy", Culture);

    /// <summary>An instant's date in Denmark, written out.</summary>
    public static string Date(DateTimeOffset instant, WebLanguage language) => Date(DateIn(instant), language);

    /// <summary>An instant's date in Denmark.</summary>
    public static DateOnly DateIn(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime);

    /// <summary>A number with Danish separators and as many decimals as it has: 1234.5 is "1.234,5".</summary>
    public static string Number(decimal number) => number.ToString("#,0.############################", Culture);
}
