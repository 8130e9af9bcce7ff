using Platform.Sdk.Modules;

namespace Platform.OutdatedModule;

/// <summary>Claims a contract version the host does not offer.</summary>
public sealed class OutdatedModule : IPlatformModule
{
    public ModuleManifest Manifest { get; } = new("outdated", "Outdated", "0.9.0", PlatformContract.Version + 1, []);

    public void Register(IModuleBuilder module)
    {
    }
}
