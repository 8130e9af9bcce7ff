using Microsoft.Extensions.Localization;
using Platform.ActorMapping.Common;
using Platform.Contracts.ActorMapping.V1;

namespace Platform.ActorMapping.Web.Actors;

/// <summary>
/// What people read for the mapping's codes: sectors, stages, the usual arenas, themes and age groups by name in the
/// page's language. A municipality's own arena or theme is shown as it was written.
/// </summary>
internal sealed class ActorLabels(IStringLocalizer<ActorPagesText> text)
{
    public static IReadOnlyList<Sector> Sectors { get; } = [.. Enum.GetValues<Sector>().Where(sector => sector != Sector.Unspecified)];

    public static IReadOnlyList<MobilisationStage> Stages { get; } =
        [.. Enum.GetValues<MobilisationStage>().Where(stage => stage != MobilisationStage.Unspecified)];

    public string SectorName(Sector sector) => text["Sector" + sector];

    public string StageName(MobilisationStage stage) => text["Stage" + stage];

    public string Arena(string arena) => Tag("Arena", arena);

    public string Theme(string theme) => Tag("Theme", theme);

    public string AgeGroup(string ageGroup) => text["AgeGroup", ageGroup];

    /// <summary>The usual values, or those given, as (value, label) pairs sorted by label the Danish way.</summary>
    public IReadOnlyList<(string Value, string Label)> Choices(IEnumerable<string> values, Func<string, string> label) =>
        [.. values.Distinct(StringComparer.Ordinal).Select(value => (value, label(value))).OrderBy(choice => choice.Item2, DanishOrder.Names)];

    public IReadOnlyList<(string Value, string Label)> Arenas(IEnumerable<string> extra) => Choices(Tags.Arenas.Concat(extra), Arena);

    public IReadOnlyList<(string Value, string Label)> Themes(IEnumerable<string> extra) => Choices(Tags.Themes.Concat(extra), Theme);

    private string Tag(string kind, string value)
    {
        var label = text[kind + "_" + value];
        return label.ResourceNotFound ? value : label;
    }
}
