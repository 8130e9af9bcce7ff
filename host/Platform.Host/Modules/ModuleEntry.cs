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

    /// <summary>
    /// Why the module failed, for callers who are not platform administrators: without the server's paths or an
    /// exception's text (which may name files, hosts or settings); empty when loaded.
    /// </summary>
    public string Reason => Failure switch
    {
        ModuleFailure.None => "",
        ModuleFailure.NoAssembly => "The module folder holds no module assembly.",
        ModuleFailure.CannotLoad => "The module assembly could not be loaded.",
        ModuleFailure.RegistrationFailed => "The module's registration failed.",
        // These errors name only module ids, assembly names and contract versions.
        ModuleFailure.NotOneModule or ModuleFailure.ContractVersion or ModuleFailure.DuplicateId or ModuleFailure.MissingDependency => Error,
        _ => "The module could not be loaded.",
    };

    public static ModuleEntry Failed(string directory, ModuleManifest? manifest, ModuleFailure failure, string error) =>
        new(directory, ModuleLoadStatus.Failed, manifest, failure, error, null);
}
