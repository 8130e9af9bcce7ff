namespace Platform.Surveys.Data;

/// <summary>
/// What every survey has, whoever owns it: its id, template and version counters. Its content lives in its versions.
/// A municipality's survey (<see cref="SurveyRecord"/>, tenant-owned) and a partnership's
/// (<see cref="PartnershipSurveyRecord"/>, partnership-owned and shared with the members) are kept apart, so the SDK
/// filters each by its owner.
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

    /// <summary>A new, empty version row of this survey with the survey's owner.</summary>
    public abstract SurveyVersion NewVersion(int number);
}
