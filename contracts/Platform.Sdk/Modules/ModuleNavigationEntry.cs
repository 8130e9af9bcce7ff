using Platform.Sdk.Callers;

namespace Platform.Sdk.Modules;

/// <summary>
/// A link in the web application's navigation to one of a module's pages for a municipality or for a partnership. A
/// municipality's link is in the menu on that municipality's pages, only where the module is on and the person has at
/// least <see cref="MinimumAccess"/> there. A partnership's link is in the menu on that partnership's pages, for the
/// people with a role in the partnership itself (its staff with <see cref="AccessLevel.Manage"/> or more as the
/// minimum, its staff and viewers otherwise).
/// </summary>
/// <param name="Path">
/// The page's address under <c>/m/{module id}/</c>, with <c>{municipality}</c> where the municipality's code goes,
/// e.g. <c>{municipality}/notes</c>, or <c>{partnership}</c> where the partnership's id goes, e.g.
/// <c>partnership/{partnership}/notes</c>; exactly one of the two.
/// </param>
/// <param name="DanishTitle">The link's text in Danish.</param>
/// <param name="EnglishTitle">The link's text in English.</param>
/// <param name="MinimumAccess">The access the person needs in the municipality (or the partnership, see above) to see the link.</param>
public sealed record ModuleNavigationEntry(string Path, string DanishTitle, string EnglishTitle, AccessLevel MinimumAccess)
{
    public const string MunicipalityPlaceholder = "{municipality}";

    public const string PartnershipPlaceholder = "{partnership}";

    /// <summary>Whether the link is in a partnership's menu rather than a municipality's.</summary>
    public bool IsForPartnership => Path.Contains(PartnershipPlaceholder, StringComparison.Ordinal);
}
