using Platform.Sdk.Tenancy;

namespace Platform.ActorMapping.Data;

/// <summary>A relation from one actor to another (collaborates with, funds, hosts, refers to).</summary>
internal sealed class ActorRelationRecord : ITenantOwned
{
    public Guid Id { get; set; }

    public required string MunicipalityCode { get; set; }

    public Guid FromActorId { get; set; }

    public Guid ToActorId { get; set; }

    public int Kind { get; set; }

    public string Note { get; set; } = "";

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
