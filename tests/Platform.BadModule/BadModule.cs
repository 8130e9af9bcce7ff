using Platform.Sdk.Modules;

namespace Platform.BadModule;

/// <summary>The module class; its namespace is the root of the namespaces the cycle rule looks at.</summary>
public sealed class BadModule : IPlatformModule
{
    public ModuleManifest Manifest { get; } = new("bad", "Bad", "1.0.0", PlatformContract.Version, []);

    public void Register(IModuleBuilder module)
    {
    }
}
