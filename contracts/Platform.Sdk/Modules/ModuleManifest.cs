namespace Platform.Sdk.Modules;

/// <summary>What a module says about itself. The host checks it before it registers anything of the module.</summary>
/// <param name="Id">Stable lower-case id, e.g. <c>actor-mapping</c>; used for switches, tables and logs.</param>
/// <param name="DisplayName">Name shown to people, e.g. "Actor mapping".</param>
/// <param name="Version">The module's own semantic version.</param>
/// <param name="ContractVersion">The <see cref="PlatformContract.Version"/> the module was built against.</param>
/// <param name="DependsOn">Ids of modules that must be loaded for this one to work.</param>
public sealed record ModuleManifest(
    string Id,
    string DisplayName,
    string Version,
    int ContractVersion,
    IReadOnlyList<string> DependsOn);
