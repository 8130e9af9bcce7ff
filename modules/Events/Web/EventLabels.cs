using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.Localization;
using Platform.Contracts.Events.V1;
using Platform.Events.Data;
using Platform.Sdk.Web;

namespace Platform.Events.Web;

/// <summary>
/// Readable names for the module's codes in the page's language (kinds of event, target groups, outcome kinds,
/// registration states, themes), counts as the caller may see them, and an event's time in Copenhagen time written
/// the Danish way: "torsdag 10. december 2026, 16.00–18.00". Every events page names things through here.
/// </summary>
internal static class EventLabels
{
    /// <summary>The kinds of event in the contract's order, without the unset value.</summary>
    public static IReadOnlyList<EventType> Kinds { get; } = [.. System.Enum.GetValues<EventType>().Where(kind => kind != EventType.Unspecified)];

    /// <summary>The target groups in the contract's order, without the unset value.</summary>
    public static IReadOnlyList<TargetGroup> Groups { get; } = [.. System.Enum.GetValues<TargetGroup>().Where(group => group != TargetGroup.Unspecified)];

    /// <summary>The outcome kinds in the contract's order, without the unset value.</summary>
    public static IReadOnlyList<OutcomeKind> OutcomeKinds { get; } = [.. System.Enum.GetValues<OutcomeKind>().Where(kind => kind != OutcomeKind.Unspecified)];

    /// <summary>The usual themes of outcomes (free codes in the contract); others are shown as written.</summary>
    public static IReadOnlyList<string> Themes { get; } = ["physical-activity", "food-and-meals", "sleep", "screen-habits", "mental-well-being"];

    public static string Kind(this IStringLocalizer<EventPagesText> text, EventType kind) => text["EventType." + kind];

    public static string Group(this IStringLocalizer<EventPagesText> text, TargetGroup group) => text["TargetGroup." + group];

    public static string Outcome(this IStringLocalizer<EventPagesText> text, OutcomeKind kind) => text["OutcomeKind." + kind];

    public static string Status(this IStringLocalizer<EventPagesText> text, RegistrationStatus status) => text["RegistrationStatus." + status];

    /// <summary>A theme's name; a municipality's own theme is shown as it was written.</summary>
    public static string Theme(this IStringLocalizer<EventPagesText> text, string theme)
    {
        var known = text["Theme." + theme];
        return known.ResourceNotFound ? theme : known.Value;
    }

    /// <summary>A count of people as the caller may see it: "12", or "færre end 5" / "fewer than 5" for a hidden small count.</summary>
    public static string Count(this IStringLocalizer<EventPagesText> text, ShownCount count) =>
        count.FewerThanFive ? text["FewerThanFive"] : DanishFormats.Number(count.Count);

    /// <summary>An instant as the wall-clock time in Copenhagen.</summary>
    public static DateTime Local(Timestamp instant) => CopenhagenTime.Local(instant.ToDateTimeOffset());

    /// <summary>"torsdag 10. december 2026" in Danish, "Thursday 10 December 2026" in English, as the page's language is.</summary>
    public static string Day(DateOnly date) =>
        DanishFormats.Day(date, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? PageLanguage.English : PageLanguage.Danish);

    /// <summary>"16.00": the 24-hour clock with a full stop, as Danes write it, in either language.</summary>
    public static string Time(DateTime local) => local.ToString("HH'.'mm", CultureInfo.InvariantCulture);

    /// <summary>"torsdag 10. december 2026, 16.00–18.00"; an event over several days names both days.</summary>
    public static string When(EventFields fields)
    {
        var (start, end) = (Local(fields.Start), Local(fields.End));
        return start.Date == end.Date
            ? $"{Day(DateOnly.FromDateTime(start))}, {Time(start)}–{Time(end)}"
            : $"{Day(DateOnly.FromDateTime(start))}, {Time(start)} – {Day(DateOnly.FromDateTime(end))}, {Time(end)}";
    }

    /// <summary>"16.00–18.00", or from the start's time to the end's day and time when it ends on another day.</summary>
    public static string Hours(EventFields fields)
    {
        var (start, end) = (Local(fields.Start), Local(fields.End));
        return start.Date == end.Date ? $"{Time(start)}–{Time(end)}" : $"{Time(start)} – {Day(DateOnly.FromDateTime(end))}, {Time(end)}";
    }
}
