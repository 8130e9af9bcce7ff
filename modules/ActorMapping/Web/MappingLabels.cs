using Platform.Sdk.Web;
using Microsoft.Extensions.Localization;
using Platform.Contracts.ActorMapping.V1;

namespace Platform.ActorMapping.Web;

/// <summary>
/// Readable names for the mapping's codes, in the page's language: stages, sectors, kinds and the usual arenas, themes
/// and target groups (the actor pages read them through <c>ActorLabels</c>). A municipality's own arena, theme or group
/// (not in the texts) is shown as it was written.
/// </summary>
internal static class MappingLabels
{
    public static string Stage(this IStringLocalizer<MappingPagesText> text, MobilisationStage stage) => text["Stage." + stage];

    public static string Sector(this IStringLocalizer<MappingPagesText> text, Sector sector) => text["Sector." + sector];

    public static string Kind(this IStringLocalizer<MappingPagesText> text, InitiativeKind kind) => text["InitiativeKind." + kind];

    public static string Status(this IStringLocalizer<MappingPagesText> text, InitiativeStatus status) => text["InitiativeStatus." + status];

    public static string Engagement(this IStringLocalizer<MappingPagesText> text, PartnershipEngagement engagement) => text["Engagement." + engagement];

    public static string Relation(this IStringLocalizer<MappingPagesText> text, RelationKind kind) => text["Relation." + kind];

    public static string Arena(this IStringLocalizer<MappingPagesText> text, string arena) => Tag(text, "Arena.", arena);

    public static string Theme(this IStringLocalizer<MappingPagesText> text, string theme) => Tag(text, "Theme.", theme);

    public static string TargetGroup(this IStringLocalizer<MappingPagesText> text, string group) => Tag(text, "TargetGroup.", group);

    /// <summary>A count with its noun: the text <paramref name="key"/>, or <paramref name="key"/>One for exactly one ("1 aktør").</summary>
    public static string Count(this IStringLocalizer<MappingPagesText> text, string key, int count) =>
        text[count == 1 ? key + "One" : key, DanishFormats.Number(count)];

    /// <summary>The stages in the order of the mobilisation, without the unset value.</summary>
    public static IReadOnlyList<MobilisationStage> Stages { get; } =
        [.. Enum.GetValues<MobilisationStage>().Where(stage => stage != MobilisationStage.Unspecified)];

    private static string Tag(IStringLocalizer<MappingPagesText> text, string prefix, string tag)
    {
        var known = text[prefix + tag];
        return known.ResourceNotFound ? tag : known.Value;
    }
}
