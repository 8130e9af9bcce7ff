using Platform.GrainInterfaces;
using Platform.Host.Modules;
using Platform.Host.Tenancy;
using Platform.Sdk.Tenancy;

namespace Platform.Host.Partnerships.Invitations;

/// <summary>
/// What a partnership's roles will read in a municipality once it is a member: of every module switched on for it, the
/// data categories the module describes as readable at the access a partnership grant gives
/// (<see cref="CallerContext.PartnershipGrantAccess"/>).
/// </summary>
public sealed class ReadableData(IEnumerable<DataDescriptionRegistration> descriptions, ModuleSwitches switches)
{
    public IReadOnlyList<ReadableModule> For(MunicipalitySnapshot municipality) =>
    [
        .. descriptions
            .Where(description => switches.IsOn(municipality, description.ModuleId))
            .Select(description => new ReadableModule(
                description.ModuleId,
                description.ModuleName,
                [.. description.Categories.Where(category => category.Access <= CallerContext.PartnershipGrantAccess)]))
            .Where(module => module.Categories.Count > 0)
            .OrderBy(module => module.ModuleId, StringComparer.Ordinal),
    ];
}

/// <summary>One module's data categories that a partnership's roles will read.</summary>
public sealed record ReadableModule(string ModuleId, string ModuleName, IReadOnlyList<DataCategory> Categories);
