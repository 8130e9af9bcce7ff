namespace Platform.Sdk.Modules;

/// <summary>
/// The one type a module assembly exports. The host finds it in the plugin, checks its manifest and lets it
/// register its parts. A module's grains are found by the host in the module assembly without registration.
/// </summary>
public interface IPlatformModule
{
    ModuleManifest Manifest { get; }

    void Register(IModuleBuilder module);
}
