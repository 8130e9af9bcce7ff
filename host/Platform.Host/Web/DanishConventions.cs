using System.Globalization;

namespace Platform.Host.Web;

/// <summary>Dates, numbers and sorting as Danes write them: "10. december 2026", "1.234,5", and æ, ø, å after z.</summary>
internal static class DanishConventions
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("da-DK");

    /// <summary>Sorts names the Danish way, in either language of the page.</summary>
    public static StringComparer Sorting { get; } = StringComparer.Create(Culture, ignoreCase: false);

    /// <summary>A date written out: "10. december 2026" in Danish, "10 December 2026" in English.</summary>
    public static string Date(DateOnly date, WebLanguage language) =>
        language == WebLanguage.English
            ? date.ToString("d MMMM yyyy", language.UiCulture)
            : date.ToString("d. MMMM yyyy", Culture);

    /// <summary>A number with Danish separators and as many decimals as it has: 1234.5 is "1.234,5".</summary>
    public static string Number(decimal number) => number.ToString("#,0.############################", Culture);
}
