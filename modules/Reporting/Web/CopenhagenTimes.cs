using System.Globalization;
using Microsoft.Extensions.Localization;
using Platform.Sdk.Web;

namespace Platform.Reporting.Web;

/// <summary>
/// Moments as the report pages show them, in Copenhagen time: "mandag 1. februar 2027 kl. 06.00" for the schedule's next
/// run, "1. december 2026 kl. 14.03" for when a report was made. (A candidate for the SDK's DanishFormats, which has dates
/// but no times yet.)
/// </summary>
internal static class CopenhagenTimes
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    public static string WithWeekday(IStringLocalizer<ReportPagesText> text, DateTimeOffset moment)
    {
        var local = TimeZoneInfo.ConvertTime(moment, Copenhagen);
        return text["NextRun", local.ToString("dddd", Culture), DanishFormats.Date(DateOnly.FromDateTime(local.DateTime)), Time(local)];
    }

    public static string Made(IStringLocalizer<ReportPagesText> text, DateTimeOffset moment)
    {
        var local = TimeZoneInfo.ConvertTime(moment, Copenhagen);
        return text["MadeAt", DanishFormats.Date(DateOnly.FromDateTime(local.DateTime)), Time(local)];
    }

    private static CultureInfo Culture => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en"
        ? CultureInfo.GetCultureInfo("en-GB")
        : CultureInfo.GetCultureInfo("da-DK");

    private static string Time(DateTimeOffset local) => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en"
        ? local.ToString("HH:mm", CultureInfo.InvariantCulture)
        : local.ToString("HH.mm", CultureInfo.InvariantCulture);
}
