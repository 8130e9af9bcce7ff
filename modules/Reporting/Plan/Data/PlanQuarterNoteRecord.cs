using Platform.Sdk.Tenancy;

namespace Platform.Reporting.Plan.Data;

/// <summary>A member municipality's short note on a partnership's plan for one quarter.</summary>
internal sealed class PlanQuarterNoteRecord : ITenantOwned
{
    public Guid Id { get; set; }

    public string MunicipalityCode { get; set; } = "";

    public string PartnershipId { get; set; } = "";

    public int Year { get; set; }

    public int Quarter { get; set; }

    public string Text { get; set; } = "";

    public int Version { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
