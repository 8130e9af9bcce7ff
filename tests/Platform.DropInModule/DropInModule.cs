using Platform.Sdk.Modules;

namespace Platform.DropInModule;

/// <summary>A module with its own contracts that the host learns of only when it finds the module's folder.</summary>
public sealed class DropInModule : IPlatformModule
{
    public ModuleManifest Manifest { get; } = new("drop-in", "Drop-in", "1.0.0", PlatformContract.Version, []);

    public void Register(IModuleBuilder module) => module.AddGrpcService<GreetingGrpcService>();
}
