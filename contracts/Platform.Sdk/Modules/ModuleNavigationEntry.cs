using Platform.Sdk.Callers;

namespace Platform.Sdk.Modules;

/// <summary>
/// A link in the web application's navigation to one of a module's pages for a municipality. The host shows it once
/// per municipality the signed-in person has a role in, only where the module is on and the person has at least
/// <see cref="MinimumAccess"/> there.
/// </summary>
/// <param name="Path">
/// The page's address under <c>/m/{module id}/</c>, with <c>{municipality}</c> where the municipality's code goes,
/// e.g. <c>{municipality}/notes</c>.
/// </param>
/// <param name="DanishTitle">The link's text in Danish.</param>
/// <param name="EnglishTitle">The link's text in English.</param>
/// <param name="MinimumAccess">The access the person needs in the municipality to see the link.</param>
public sealed record ModuleNavigationEntry(string Path, string DanishTitle, string EnglishTitle, AccessLevel MinimumAccess)
{
    public const string MunicipalityPlaceholder = "{municipality}";
}
