using System.Globalization;

namespace Platform.Sdk.Web;

/// <summary>
/// Dates and numbers as Danes write them, in either language of the page: "10. december 2026", "1.234", and a
/// weekday with its date and hours, "torsdag 10. december 2026 kl. 16.00–18.00".
/// </summary>
public static class DanishFormats
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>A whole number with Danish thousands separators: "1.234".</summary>
    public static string Number(int number) => number.ToString("N0", Danish);

    /// <summary>"10. december 2026" in Danish, "10 December 2026" in English.</summary>
    public static string Date(DateOnly date) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en"
            ? date.ToString("d MMMM yyyy", CultureInfo.CurrentUICulture)
            : date.ToString("d. MMMM yyyy", Danish);

    /// <summary>"torsdag 10. december 2026" in Danish, "Thursday 10 December 2026" in English.</summary>
    public static string Day(DateOnly date, PageLanguage language) => language == PageLanguage.English
        ? date.ToString("dddd d MMMM yyyy", British)
        : date.ToString("dddd d. MMMM yyyy", Danish);

    /// <summary>
    /// The wall-clock hours from start to end with their day: "torsdag 10. december 2026 kl. 16.00–18.00" in Danish,
    /// "Thursday 10 December 2026, 16:00–18:00" in English; hours that end on another day name both days.
    /// </summary>
    public static string Period(DateTime start, DateTime end, PageLanguage language)
    {
        var (english, time) = language == PageLanguage.English ? (true, "HH':'mm") : (false, "HH'.'mm");
        string At(DateTime local) => (english ? ", " : " kl. ") + local.ToString(time, CultureInfo.InvariantCulture);
        var day = Day(DateOnly.FromDateTime(start), language);
        return start.Date == end.Date
            ? $"{day}{At(start)}–{end.ToString(time, CultureInfo.InvariantCulture)}"
            : $"{day}{At(start)} – {Day(DateOnly.FromDateTime(end), language)}{At(end)}";
    }
}
