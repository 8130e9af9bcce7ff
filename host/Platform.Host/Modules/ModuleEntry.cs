using System.Reflection;
using Platform.Sdk.Modules;

namespace Platform.Host.Modules;

/// <summary>One module folder as the host found it: loaded with its manifest, or failed with the reason.</summary>
public sealed record ModuleEntry(
    string Directory,
    ModuleLoadStatus Status,
    ModuleManifest? Manifest,
    ModuleFailure Failure,
    string Error,
    Assembly? Assembly)
{
    public string Id => Manifest?.Id ?? Path.GetFileName(Directory);

    public static ModuleEntry Failed(string directory, ModuleManifest? manifest, ModuleFailure failure, string error) =>
        new(directory, ModuleLoadStatus.Failed, manifest, failure, error, null);
}
