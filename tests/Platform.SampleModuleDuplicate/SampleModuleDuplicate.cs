using Platform.Sdk.Modules;

namespace Platform.SampleModuleDuplicate;

/// <summary>Claims the id of the sample module, whose folder comes first in load order (ordinal by folder name).</summary>
public sealed class SampleModuleDuplicate : IPlatformModule
{
    public ModuleManifest Manifest { get; } = new("sample", "Duplicate of sample", "1.0.0", PlatformContract.Version, []);

    public void Register(IModuleBuilder module)
    {
    }
}
