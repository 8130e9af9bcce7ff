using Platform.Sdk.Modules;

namespace Platform.BadPlugin;

/// <summary>The module class; its namespace is the root of the namespaces the cycle rule looks at.</summary>
public sealed class BadPlugin : IPlatformModule
{
    public ModuleManifest Manifest { get; } = new("bad", "Bad", "1.0.0", PlatformContract.Version, []);

    public void Register(IModuleBuilder module)
    {
    }
}
