using Platform.Sdk.Callers;
using Platform.Sdk.Directory;
using Platform.Sdk.Errors;
using Platform.Sdk.Tenancy;
using Platform.Surveys.Data;

namespace Platform.Surveys.Definitions;

/// <summary>Opens the shelf of a municipality or a partnership for the current caller, with its access checked.</summary>
internal sealed class SurveyShelves(ITenantDbContextFactory<SurveysDb> databases, IMunicipalityDirectory directory)
{
    /// <summary>
    /// The shelf of the owner a request names: exactly one of <paramref name="municipalityCode"/> and
    /// <paramref name="partnershipId"/>, reached with the municipality access or the partnership role given.
    /// </summary>
    public async Task<SurveyShelf> OpenAsync(
        string municipalityCode, string partnershipId, AccessLevel municipalityAccess, PartnershipAccess partnershipAccess,
        CancellationToken cancellationToken)
    {
        new Validation()
            .Check(municipalityCode.Length > 0 ^ partnershipId.Length > 0, "municipality_code", "give either municipality_code or partnership_id")
            .ThrowIfInvalid();
        return partnershipId.Length > 0
            ? await OpenPartnershipAsync(partnershipId, partnershipAccess, cancellationToken)
            : await OpenMunicipalityAsync(municipalityCode, municipalityAccess, cancellationToken);
    }

    public async Task<MunicipalityShelf> OpenMunicipalityAsync(string municipalityCode, AccessLevel required, CancellationToken cancellationToken)
    {
        var db = await databases.OpenAsync(municipalityCode, required, cancellationToken);
        try
        {
            return await OverAsync(db, municipalityCode, cancellationToken);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    public async Task<PartnershipShelf> OpenPartnershipAsync(string partnershipId, PartnershipAccess required, CancellationToken cancellationToken) =>
        new(await databases.OpenForPartnershipOwnDataAsync(partnershipId, required, cancellationToken), partnershipId);

    /// <summary>A municipality's shelf over a context already open for it (with its access checked).</summary>
    public async Task<MunicipalityShelf> OverAsync(SurveysDb db, string municipalityCode, CancellationToken cancellationToken)
    {
        var partnerships = (await directory.FindMunicipalityAsync(municipalityCode, cancellationToken))?.PartnershipIds ?? [];
        return new MunicipalityShelf(db, municipalityCode, partnerships);
    }
}
