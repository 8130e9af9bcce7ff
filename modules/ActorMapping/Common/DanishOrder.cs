using System.Globalization;

namespace Platform.ActorMapping.Common;

/// <summary>Names sorted as Danes sort them (æ, ø, å after z), in lists, exports and the pages' choices alike.</summary>
internal static class DanishOrder
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public static StringComparer Names { get; } = StringComparer.Create(Danish, ignoreCase: true);

    /// <summary>
    /// A name's sort key, for sorting many names at once: made once per name and compared as bytes, it orders as
    /// <see cref="Names"/> does at a fraction of the cost of comparing the strings each time.
    /// </summary>
    public static SortKey Key(string name) => Danish.CompareInfo.GetSortKey(name, CompareOptions.IgnoreCase);

    public static IComparer<SortKey> Keys { get; } = Comparer<SortKey>.Create(SortKey.Compare);
}
