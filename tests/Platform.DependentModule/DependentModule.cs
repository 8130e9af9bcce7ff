using Platform.Sdk.Modules;

namespace Platform.DependentModule;

/// <summary>Depends on a module that is not installed.</summary>
public sealed class DependentModule : IPlatformModule
{
    public ModuleManifest Manifest { get; } = new("dependent", "Dependent", "1.0.0", PlatformContract.Version, ["not-installed"]);

    public void Register(IModuleBuilder module)
    {
    }
}
