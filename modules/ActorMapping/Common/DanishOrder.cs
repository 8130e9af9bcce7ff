using System.Globalization;

namespace Platform.ActorMapping.Common;

/// <summary>Names sorted as Danes sort them (æ, ø, å after z), in lists, exports and the pages' choices alike.</summary>
internal static class DanishOrder
{
    public static StringComparer Names { get; } = StringComparer.Create(CultureInfo.GetCultureInfo("da-DK"), ignoreCase: true);
}
