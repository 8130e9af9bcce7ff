using Platform.Sdk.Tenancy;

namespace Platform.Surveys.Data;

/// <summary>
/// A survey of a partnership: written by its staff, answered in every current member. The SDK shows it to the
/// partnership's own roles and, as a row shared with members, to the contexts of its members (who are shown its
/// published versions only, <see cref="SurveyQueries"/>). The answers are the members' own rows
/// (<see cref="ResponseRecord"/>), under this survey's id.
/// </summary>
internal sealed class PartnershipSurveyRecord : SurveyHead, ISharedWithMembers
{
    public required string PartnershipId { get; set; }

    public List<PartnershipSurveyVersionRecord> Versions { get; set; } = [];

    public override SurveyVersion NewVersion(int number) =>
        new PartnershipSurveyVersionRecord { PartnershipId = PartnershipId, SurveyId = Id, Version = number, DefinitionJson = "" };
}
