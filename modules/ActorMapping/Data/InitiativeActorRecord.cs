using Platform.Sdk.Tenancy;

namespace Platform.ActorMapping.Data;

/// <summary>An actor's part in an initiative: owner, partner or venue (the relation kind's number).</summary>
internal sealed class InitiativeActorRecord : ITenantOwned
{
    public Guid InitiativeId { get; set; }

    public Guid ActorId { get; set; }

    public int Role { get; set; }

    public required string MunicipalityCode { get; set; }
}
