using Platform.Sdk.Directory;
using Platform.Sdk.Errors;

namespace Platform.Surveys.Collection;

/// <summary>A link or an imported response names a local area: it must be an active area of the municipality, or empty.</summary>
internal static class LocalAreaCheck
{
    public static async Task RequireAsync(IMunicipalityDirectory directory, string municipalityCode, string localAreaId, string field, CancellationToken cancellationToken)
    {
        if (localAreaId.Length == 0)
        {
            return;
        }

        var municipality = await directory.FindMunicipalityAsync(municipalityCode, cancellationToken);
        new Validation().Check(municipality?.HasActiveLocalArea(localAreaId) == true, field, "must be an active local area of the municipality").ThrowIfInvalid();
    }
}
