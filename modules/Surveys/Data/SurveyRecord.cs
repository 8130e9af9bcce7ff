using Platform.Sdk.Tenancy;

namespace Platform.Surveys.Data;

/// <summary>A survey of a municipality; its content lives in its versions.</summary>
public sealed class SurveyRecord : ITenantOwned
{
    public Guid Id { get; set; }

    public required string MunicipalityCode { get; set; }

    public string TemplateId { get; set; } = "";

    /// <summary>The newest version, draft or published.</summary>
    public int LatestVersion { get; set; }

    /// <summary>The newest published version; 0 when none.</summary>
    public int PublishedVersion { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<SurveyVersionRecord> Versions { get; set; } = [];
}
