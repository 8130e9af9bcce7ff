using Microsoft.Extensions.Options;
using Platform.GrainInterfaces;
using Platform.Host.Configuration;
using Platform.Host.Modules;

namespace Platform.Host.Tenancy;

/// <summary>Whether a module is on for a municipality: it is loaded, and its switch is on (or unset and on by default).</summary>
public sealed class ModuleSwitches(ModuleCatalog modules, IOptions<PlatformOptions> options)
{
    public bool IsOn(MunicipalitySnapshot municipality, string moduleId) =>
        modules.IsLoaded(moduleId)
        && (municipality.ModuleSwitches.TryGetValue(moduleId, out var enabled) ? enabled : options.Value.ModulesEnabledByDefault);
}
