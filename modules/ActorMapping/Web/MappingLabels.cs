using Microsoft.Extensions.Localization;
using Platform.Contracts.ActorMapping.V1;

namespace Platform.ActorMapping.Web;

/// <summary>
/// Readable names for the initiatives' and relations' codes and the usual target groups, in the page's language (stages,
/// sectors, arenas and themes are the actors pages' <c>ActorLabels</c>). A group not in the texts is shown as written.
/// </summary>
internal static class MappingLabels
{
    public static string Kind(this IStringLocalizer<MappingPagesText> text, InitiativeKind kind) => text["InitiativeKind." + kind];

    public static string Status(this IStringLocalizer<MappingPagesText> text, InitiativeStatus status) => text["InitiativeStatus." + status];

    public static string Engagement(this IStringLocalizer<MappingPagesText> text, PartnershipEngagement engagement) => text["Engagement." + engagement];

    public static string Relation(this IStringLocalizer<MappingPagesText> text, RelationKind kind) => text["Relation." + kind];

    public static string TargetGroup(this IStringLocalizer<MappingPagesText> text, string group) => Tag(text, "TargetGroup.", group);

    /// <summary>A count with its noun: the text <paramref name="key"/>, or <paramref name="key"/>One for exactly one ("1 aktør").</summary>
    public static string Count(this IStringLocalizer<MappingPagesText> text, string key, int count) =>
        text[count == 1 ? key + "One" : key, DanishFormats.Number(count)];

    private static string Tag(IStringLocalizer<MappingPagesText> text, string prefix, string tag)
    {
        var known = text[prefix + tag];
        return known.ResourceNotFound ? tag : known.Value;
    }
}
