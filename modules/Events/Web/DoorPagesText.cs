using System.Globalization;
using Microsoft.Extensions.Localization;
using Platform.Contracts.Events.V1;
using Platform.Events.Data;
using Platform.Sdk.Web;

namespace Platform.Events.Web;

/// <summary>
/// The texts of the pages at the door (registrations, check-in) and of the outcome pages: DoorPagesText.resx in Danish
/// (the default), DoorPagesText.en.resx in English, which the build puts in the module's en/ satellite assembly.
/// </summary>
internal sealed class DoorPagesText;

/// <summary>Readable names for the codes the door and outcome pages show, and their times, in the page's language.</summary>
internal static class DoorLabels
{
    /// <summary>The themes the outcome form offers as checkboxes; an outcome's other themes are shown as written.</summary>
    public static IReadOnlyList<string> Themes { get; } = ["physical-activity", "food-and-meals", "sleep", "screen-habits", "mental-well-being"];

    public static IReadOnlyList<TargetGroup> Groups { get; } = [.. Enum.GetValues<TargetGroup>().Where(group => group != TargetGroup.Unspecified)];

    public static IReadOnlyList<OutcomeKind> Kinds { get; } = [.. Enum.GetValues<OutcomeKind>().Where(kind => kind != OutcomeKind.Unspecified)];

    public static string Group(this IStringLocalizer<DoorPagesText> text, TargetGroup group) => text["Group." + group];

    public static string Kind(this IStringLocalizer<DoorPagesText> text, OutcomeKind kind) => text["Kind." + kind];

    public static string Theme(this IStringLocalizer<DoorPagesText> text, string theme)
    {
        var known = text["Theme." + theme];
        return known.ResourceNotFound ? theme : known.Value;
    }

    /// <summary>The wall-clock time in Copenhagen as Danes write it, "16.05", in either language.</summary>
    public static string Time(DateTimeOffset instant) => CopenhagenTime.Local(instant).ToString("HH'.'mm", CultureInfo.InvariantCulture);

    /// <summary>"10. december 2026 kl. 16.05" (English: "10 December 2026 at 16.05").</summary>
    public static string DateAndTime(this IStringLocalizer<DoorPagesText> text, DateTimeOffset instant) =>
        text["DateAndTime", DanishFormats.Date(DateOnly.FromDateTime(CopenhagenTime.Local(instant))), Time(instant)];

    /// <summary>A count of people as the caller may see it: exact, or "færre end 5".</summary>
    public static string Shown(this IStringLocalizer<DoorPagesText> text, ShownCount? count) =>
        count is null ? DanishFormats.Number(0) : count.FewerThanFive ? text["FewerThanFive"] : DanishFormats.Number(count.Count);

    /// <summary>A count with its noun: the text <paramref name="key"/>, or <paramref name="key"/>One for exactly one.</summary>
    public static string Count(this IStringLocalizer<DoorPagesText> text, string key, int count) =>
        text[count == 1 ? key + "One" : key, DanishFormats.Number(count)];
}
