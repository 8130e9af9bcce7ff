using Platform.Sdk.Directory;
using Platform.Sdk.Errors;

namespace Platform.ActorMapping.Common;

/// <summary>
/// A local area on an actor or initiative must be one of the municipality's active areas. A record may keep a
/// retired area it already had, so retiring an area never makes old records unsavable.
/// </summary>
internal sealed class LocalAreaRule(IMunicipalityDirectory directory)
{
    public async Task CheckAsync(string municipalityCode, string localAreaId, string? currentLocalAreaId, string field, CancellationToken cancellationToken)
    {
        if (localAreaId.Length == 0 || localAreaId == currentLocalAreaId)
        {
            return;
        }

        var municipality = await directory.FindMunicipalityAsync(municipalityCode, cancellationToken);
        if (municipality is null || !municipality.HasActiveLocalArea(localAreaId))
        {
            throw new InvalidInputException(field, $"must be a local area of municipality {municipalityCode} that is not retired");
        }
    }
}
