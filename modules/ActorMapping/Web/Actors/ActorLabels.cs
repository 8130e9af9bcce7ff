using Microsoft.Extensions.Localization;
using Platform.ActorMapping.Common;
using Platform.Contracts.ActorMapping.V1;

namespace Platform.ActorMapping.Web.Actors;

/// <summary>
/// The mapping's codes by name in the page's language, as every mapping page names them (<see cref="MappingLabels"/>),
/// and the actor pages' choices of them sorted the Danish way.
/// </summary>
internal sealed class ActorLabels(IStringLocalizer<MappingPagesText> text)
{
    public static IReadOnlyList<Sector> Sectors { get; } = [.. Enum.GetValues<Sector>().Where(sector => sector != Sector.Unspecified)];

    public static IReadOnlyList<MobilisationStage> Stages => MappingLabels.Stages;

    public string SectorName(Sector sector) => text.Sector(sector);

    public string StageName(MobilisationStage stage) => text.Stage(stage);

    public string Arena(string arena) => text.Arena(arena);

    public string Theme(string theme) => text.Theme(theme);

    public string AgeGroup(string ageGroup) => text.TargetGroup(ageGroup);

    /// <summary>The values as (value, label) pairs sorted by label the Danish way.</summary>
    public IReadOnlyList<(string Value, string Label)> Choices(IEnumerable<string> values, Func<string, string> label) =>
        [.. values.Distinct(StringComparer.Ordinal).Select(value => (value, label(value))).OrderBy(choice => choice.Item2, DanishOrder.Names)];

    /// <summary>The usual arenas and those given (an actor's own), for its checkboxes and the list's filter.</summary>
    public IReadOnlyList<(string Value, string Label)> Arenas(IEnumerable<string> extra) => Choices(Tags.Arenas.Concat(extra), Arena);

    public IReadOnlyList<(string Value, string Label)> Themes(IEnumerable<string> extra) => Choices(Tags.Themes.Concat(extra), Theme);
}
