using System.Text.RegularExpressions;

namespace Platform.Host.Web.Layout;

/// <summary>
/// Which municipality a page is about, from its address: its settings (/municipalities/0183…) or a module's page for it
/// (/m/{module}/0183/…); or which partnership: its overview (/partnerships/p-1…) or a module's page for it
/// (/m/{module}/partnership/p-1/…).
/// </summary>
internal static partial class PlaceAddresses
{
    public static string? MunicipalityCodeOf(string path) =>
        MunicipalityPage().Match(path) is { Success: true } match ? match.Groups["code"].Value : null;

    public static string? PartnershipIdOf(string path) =>
        PartnershipPage().Match(path) is { Success: true } match ? Uri.UnescapeDataString(match.Groups["id"].Value) : null;

    [GeneratedRegex(@"^/(?:municipalities|m/[^/]+)/(?<code>\d{4})(?:[/?#]|$)")]
    private static partial Regex MunicipalityPage();

    [GeneratedRegex(@"^/(?:partnerships|m/[^/]+/partnership)/(?<id>[^/?#]+)(?:[/?#]|$)")]
    private static partial Regex PartnershipPage();
}
