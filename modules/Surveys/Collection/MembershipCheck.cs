using Platform.Sdk.Directory;
using Platform.Sdk.Errors;
using Platform.Surveys.Data;

namespace Platform.Surveys.Collection;

/// <summary>
/// A partnership's survey takes answers in a municipality only while the municipality is a current member of the
/// partnership. One that left still reads the survey (the SDK shares it with former members too, so its own answers
/// keep their questions) and keeps its answers, but collects no more. Asked on every call, so leaving takes effect at once.
/// </summary>
internal static class MembershipCheck
{
    /// <summary>Whether the municipality collects for the partnership (null: the municipality's own survey, always).</summary>
    public static async Task<bool> CollectsAsync(IMunicipalityDirectory directory, string municipalityCode, string? partnershipId, CancellationToken cancellationToken) =>
        partnershipId is null
        || (await directory.FindMunicipalityAsync(municipalityCode, cancellationToken))?.PartnershipIds.Contains(partnershipId) == true;

    /// <summary>Refuses a survey the municipality may not take new answers to: a partnership's survey after it left.</summary>
    public static async Task RequireCollectingAsync(IMunicipalityDirectory directory, string municipalityCode, SurveyHead survey, CancellationToken cancellationToken)
    {
        var partnershipId = (survey as PartnershipSurveyRecord)?.PartnershipId;
        if (!await CollectsAsync(directory, municipalityCode, partnershipId, cancellationToken))
        {
            throw new PreconditionFailedException(
                $"Municipality {municipalityCode} is no longer a member of partnership '{partnershipId}', so it collects no more answers to the partnership's survey.");
        }
    }
}
