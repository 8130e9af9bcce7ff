using Platform.Sdk.Tenancy;

namespace Platform.Surveys.Data;

/// <summary>A survey of a municipality.</summary>
internal sealed class SurveyRecord : SurveyHead, ITenantOwned
{
    public required string MunicipalityCode { get; set; }

    public List<SurveyVersionRecord> Versions { get; set; } = [];

    public override SurveyVersion NewVersion(int number) =>
        new SurveyVersionRecord { MunicipalityCode = MunicipalityCode, SurveyId = Id, Version = number, DefinitionJson = "" };
}
