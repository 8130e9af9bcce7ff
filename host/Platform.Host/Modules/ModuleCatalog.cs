using Platform.Sdk.Modules;

namespace Platform.Host.Modules;

/// <summary>Every module folder the host found, loaded or failed, in load order.</summary>
public sealed class ModuleCatalog(IReadOnlyList<ModuleEntry> entries)
{
    public IReadOnlyList<ModuleEntry> Entries { get; } = entries;

    public IEnumerable<ModuleManifest> Loaded =>
        Entries.Where(entry => entry.Status == ModuleLoadStatus.Loaded).Select(entry => entry.Manifest!);

    public bool IsLoaded(string moduleId) => Loaded.Any(manifest => manifest.Id == moduleId);
}
