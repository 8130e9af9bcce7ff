using Platform.Sdk.Tenancy;

namespace Platform.Reporting.Plan.Data;

/// <summary>
/// A partnership's plan once its staff saved its workstreams: the version that guards concurrent edits. Until then the plan
/// is the default workstreams and has no row. Members read it (<see cref="ISharedWithMembers"/>), only the centre writes it.
/// </summary>
internal sealed class PlanRecord : ISharedWithMembers
{
    public string PartnershipId { get; set; } = "";

    public int Version { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
