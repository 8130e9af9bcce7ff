namespace Platform.Surveys.Data;

/// <summary>
/// What every survey has, whoever owns it: its id, template and version counters. Its content lives in its versions.
/// A municipality's survey (<see cref="SurveyRecord"/>) and a partnership's (<see cref="PartnershipSurveyRecord"/>)
/// are kept apart, so the tenant filter guards the one and the partnership id the other.
/// </summary>
internal abstract class SurveyHead
{
    public Guid Id { get; set; }

    public string TemplateId { get; set; } = "";

    /// <summary>The newest version, draft or published.</summary>
    public int LatestVersion { get; set; }

    /// <summary>The newest published version; 0 when none.</summary>
    public int PublishedVersion { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
