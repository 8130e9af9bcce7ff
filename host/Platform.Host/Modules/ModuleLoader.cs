using System.Reflection;
using Orleans.Serialization;
using Platform.Sdk.Data;
using Platform.Sdk.Modules;

namespace Platform.Host.Modules;

/// <summary>
/// Finds module folders (<c>modules/{Name}/{Name}.dll</c>), loads each, checks its manifest, and lets it register.
/// A module that cannot load is recorded as failed with the reason; the host goes on with the others.
/// </summary>
public static class ModuleLoader
{
    public static ModuleCatalog LoadModules(
        this IServiceCollection services, string modulesDirectory, IConfiguration configuration, DatabaseConnection database)
    {
        var entries = new List<ModuleEntry>();
        var candidates = Directory.Exists(modulesDirectory)
            ? Directory.GetDirectories(modulesDirectory).Order(StringComparer.Ordinal).Select(Inspect).ToList()
            : [];

        var loadedIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            if (candidate.Status == ModuleLoadStatus.Failed)
            {
                entries.Add(candidate);
                continue;
            }

            var manifest = candidate.Manifest!;
            var problem = !loadedIds.Add(manifest.Id)
                ? (ModuleFailure.DuplicateId, $"Another module folder already has the id '{manifest.Id}'. Remove one of the two folders.")
                : MissingDependency(manifest, candidates);
            entries.Add(problem is var (failure, error)
                ? ModuleEntry.Failed(candidate.Directory, manifest, failure, error)
                : Register(services, candidate, configuration.GetSection($"Platform:Modules:{manifest.Id}"), database));
        }

        var catalog = new ModuleCatalog(entries);
        services.AddSingleton(catalog);
        return catalog;
    }

    private static ModuleEntry Inspect(string directory)
    {
        var name = Path.GetFileName(directory);
        var assemblyPath = Path.Combine(directory, name + ".dll");
        if (!File.Exists(assemblyPath))
        {
            return ModuleEntry.Failed(directory, null, ModuleFailure.NoAssembly, $"No module assembly: expected '{assemblyPath}'. A module folder holds {{Name}}.dll.");
        }

        try
        {
            var assembly = PluginAssemblies.Load(assemblyPath);
            var moduleTypes = assembly.GetExportedTypes()
                .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(IPlatformModule).IsAssignableFrom(type))
                .ToList();
            if (moduleTypes.Count != 1)
            {
                return ModuleEntry.Failed(directory, null, ModuleFailure.NotOneModule,
                    $"'{name}.dll' must export exactly one IPlatformModule; it exports {moduleTypes.Count}.");
            }

            var module = (IPlatformModule)Activator.CreateInstance(moduleTypes[0])!;
            var manifest = module.Manifest;
            if (manifest.ContractVersion != PlatformContract.Version)
            {
                return ModuleEntry.Failed(directory, manifest, ModuleFailure.ContractVersion,
                    $"Built for contract version {manifest.ContractVersion}; this host offers {PlatformContract.Version}. Rebuild the module against this host's SDK.");
            }

            return new ModuleEntry(directory, ModuleLoadStatus.Loaded, manifest, ModuleFailure.None, "", assembly);
        }
        catch (Exception exception) when (exception is BadImageFormatException or FileLoadException or FileNotFoundException
                                              or ReflectionTypeLoadException or TypeLoadException or MissingMethodException
                                              or TargetInvocationException)
        {
            return ModuleEntry.Failed(directory, null, ModuleFailure.CannotLoad,
                $"Could not load '{name}.dll' ({exception.GetType().Name}: {exception.Message}). Reinstall the module folder from its build output.");
        }
    }

    private static (ModuleFailure, string)? MissingDependency(ModuleManifest manifest, IReadOnlyList<ModuleEntry> candidates)
    {
        var missing = manifest.DependsOn
            .Where(dependency => !candidates.Any(other => other.Status == ModuleLoadStatus.Loaded && other.Id == dependency))
            .ToList();
        return missing.Count == 0
            ? null
            : (ModuleFailure.MissingDependency, $"Depends on module(s) {string.Join(", ", missing)}, which are not loaded. Install them in the modules directory.");
    }

    private static ModuleEntry Register(IServiceCollection services, ModuleEntry entry, IConfiguration configuration, DatabaseConnection database)
    {
        var module = (IPlatformModule)Activator.CreateInstance(entry.Assembly!.GetExportedTypes()
            .Single(type => type is { IsClass: true, IsAbstract: false } && typeof(IPlatformModule).IsAssignableFrom(type)))!;
        var builder = new ModuleBuilder(entry.Manifest!, entry.Assembly!, configuration, database);
        try
        {
            module.Register(builder);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException and not ModuleOptionsException)
        {
            // Wrong settings stop the start (ModuleOptionsException passes); a module that cannot register is left out.
            return ModuleEntry.Failed(entry.Directory, entry.Manifest, ModuleFailure.RegistrationFailed,
                $"The module's registration failed ({exception.GetType().Name}: {exception.Message}).");
        }

        foreach (var descriptor in builder.Services)
        {
            services.Add(descriptor);
        }

        services.AddSerializer(serializer => serializer.AddAssembly(entry.Assembly));
        return entry;
    }
}
