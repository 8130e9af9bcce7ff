namespace Platform.ActorMapping.Common;

/// <summary>The vocabularies of the mapping. Municipalities may use their own arenas, themes and categories too.</summary>
internal static class Tags
{
    public static readonly IReadOnlyList<string> AgeGroups = ["0-2", "3-5", "6-10", "11-15", "16-18+"];

    /// <summary>The usual arenas of children's everyday life; the coverage matrix shows these rows first.</summary>
    public static readonly IReadOnlyList<string> Arenas =
        ["daycare", "school", "library", "leisure-and-culture", "sports-hall", "housing-area", "home", "local-community"];

    /// <summary>The usual themes; the coverage matrix shows these columns first.</summary>
    public static readonly IReadOnlyList<string> Themes =
        ["physical-activity", "food-and-meals", "sleep", "screen-habits", "mental-well-being", "community-and-belonging", "healthy-weight"];

    /// <summary>A tag is 1-100 characters.</summary>
    public static bool IsValid(string value) => value.Length is >= 1 and <= 100;

    /// <summary>The usual values first, then any others in use, in ordinal order.</summary>
    public static IReadOnlyList<string> Axis(IReadOnlyList<string> usual, IEnumerable<string> inUse) =>
        [.. usual, .. inUse.Except(usual, StringComparer.Ordinal).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
