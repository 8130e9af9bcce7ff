using Platform.GrainInterfaces;
using Platform.Sdk.Directory;

namespace Platform.Host.Tenancy;

/// <summary>Answers from the municipality and partnership grains, so a module sees a new local area at once.</summary>
public sealed class MunicipalityDirectory(IGrainFactory grains, ModuleSwitches switches) : IMunicipalityDirectory
{
    public async Task<MunicipalityInfo?> FindMunicipalityAsync(string municipalityCode, CancellationToken cancellationToken)
    {
        if (!Sdk.Tenancy.MunicipalityCodes.IsWellFormed(municipalityCode))
        {
            return null;
        }

        var municipality = await grains.GetGrain<IMunicipalityGrain>(municipalityCode).GetAsync();
        return municipality is null
            ? null
            : new MunicipalityInfo(
                municipality.Code,
                municipality.Name,
                [.. municipality.LocalAreas.Select(area => new LocalAreaInfo(area.Id, area.Name, area.Retired))],
                [.. municipality.CurrentPartnershipIds])
            {
                ContactEmail = municipality.Contact.FunctionalEmail,
                ContactPhone = municipality.Contact.Phone,
            };
    }

    public async Task<PartnershipInfo?> FindPartnershipAsync(string partnershipId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(partnershipId))
        {
            return null;
        }

        var partnership = await grains.GetGrain<IPartnershipGrain>(partnershipId).GetAsync();
        return partnership is null ? null : new PartnershipInfo(partnership.Id, partnership.Name, [.. partnership.CurrentMemberCodes]);
    }

    public async Task<bool> IsModuleSwitchedOnAsync(string municipalityCode, string moduleId, CancellationToken cancellationToken)
    {
        if (!Sdk.Tenancy.MunicipalityCodes.IsWellFormed(municipalityCode))
        {
            return false;
        }

        var municipality = await grains.GetGrain<IMunicipalityGrain>(municipalityCode).GetAsync();
        return municipality is not null && switches.IsOn(municipality, moduleId);
    }
}
