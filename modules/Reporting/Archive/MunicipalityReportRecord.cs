using Platform.Sdk.Tenancy;

namespace Platform.Reporting.Archive;

/// <summary>An archived report of one municipality.</summary>
internal sealed class MunicipalityReportRecord : ArchivedReportRecord, ITenantOwned
{
    public required string MunicipalityCode { get; set; }
}
