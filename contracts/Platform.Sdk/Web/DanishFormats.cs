using System.Globalization;

namespace Platform.Sdk.Web;

/// <summary>Dates and numbers as Danes write them, in either language of the page: "10. december 2026", "1.234".</summary>
public static class DanishFormats
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    /// <summary>A whole number with Danish thousands separators: "1.234".</summary>
    public static string Number(int number) => number.ToString("N0", Danish);

    /// <summary>"10. december 2026" in Danish, "10 December 2026" in English.</summary>
    public static string Date(DateOnly date) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en"
            ? date.ToString("d MMMM yyyy", CultureInfo.CurrentUICulture)
            : date.ToString("d. MMMM yyyy", Danish);
}
