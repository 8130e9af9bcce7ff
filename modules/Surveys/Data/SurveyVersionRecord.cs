using Platform.Sdk.Tenancy;

namespace Platform.Surveys.Data;

/// <summary>A version of a municipality's survey.</summary>
internal sealed class SurveyVersionRecord : SurveyVersion, ITenantOwned
{
    public required string MunicipalityCode { get; set; }
}
