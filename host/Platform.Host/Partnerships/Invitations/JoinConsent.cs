using Platform.GrainInterfaces;
using Platform.Host.Modules;
using Platform.Sdk.Callers;

namespace Platform.Host.Partnerships.Invitations;

/// <summary>
/// Whether a municipality must consent before a partnership's staff make it a member: when any module holds data for it
/// (each module answers from its own database) or it is a current member of another partnership. A municipality that
/// was never onboarded has neither.
/// </summary>
public sealed class JoinConsent(IGrainFactory grains, IEnumerable<MunicipalityDataRegistration> dataChecks, IPlatformElevation elevation)
{
    public async Task<bool> IsNeededAsync(string municipalityCode, string partnershipId, CancellationToken cancellationToken)
    {
        var municipality = await grains.GetGrain<IMunicipalityGrain>(municipalityCode).GetAsync();
        if (municipality is null)
        {
            return false;
        }

        if (municipality.CurrentPartnershipIds.Any(id => id != partnershipId))
        {
            return true;
        }

        // The staff may not read a municipality that is not yet their member, so the platform asks the modules itself.
        return await elevation.AsPlatformAsync("check whether a municipality holds data before it joins a partnership", async services =>
        {
            foreach (var check in dataChecks)
            {
                if (await check.HoldsDataAsync(services, municipalityCode, cancellationToken))
                {
                    return true;
                }
            }

            return false;
        });
    }
}
