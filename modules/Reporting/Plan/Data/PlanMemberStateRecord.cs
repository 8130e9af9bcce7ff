using Platform.Sdk.Tenancy;

namespace Platform.Reporting.Plan.Data;

/// <summary>A member municipality's state of one workstream of a partnership's plan; its own row, which its roles write.</summary>
internal sealed class PlanMemberStateRecord : ITenantOwned
{
    public Guid Id { get; set; }

    public string MunicipalityCode { get; set; } = "";

    public string PartnershipId { get; set; } = "";

    public Guid WorkstreamId { get; set; }

    /// <summary>A <c>WorkstreamState</c>.</summary>
    public int State { get; set; }

    public string Note { get; set; } = "";

    public int Version { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
