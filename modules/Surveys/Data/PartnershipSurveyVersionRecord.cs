using Platform.Sdk.Tenancy;

namespace Platform.Surveys.Data;

/// <summary>A version of a partnership's survey, shared with the members as the survey is.</summary>
internal sealed class PartnershipSurveyVersionRecord : SurveyVersion, ISharedWithMembers
{
    public required string PartnershipId { get; set; }
}
