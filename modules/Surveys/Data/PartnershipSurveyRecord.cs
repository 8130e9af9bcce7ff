namespace Platform.Surveys.Data;

/// <summary>
/// A survey of a partnership: written by its staff, answered in every current member. It is owned by no municipality,
/// so no tenant filter guards it; <see cref="Definitions.SurveyShelf"/> reads it only for the partnership's own roles
/// and its members. The answers are the members' own rows (<see cref="ResponseRecord"/>), under this survey's id.
/// </summary>
internal sealed class PartnershipSurveyRecord : SurveyHead
{
    public required string PartnershipId { get; set; }

    public List<PartnershipSurveyVersionRecord> Versions { get; set; } = [];
}
