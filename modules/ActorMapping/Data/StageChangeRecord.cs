using Platform.Sdk.Tenancy;

namespace Platform.ActorMapping.Data;

internal sealed class StageChangeRecord : ITenantOwned
{
    public long Id { get; set; }

    public Guid ActorId { get; set; }

    public required string MunicipalityCode { get; set; }

    public int From { get; set; }

    public int To { get; set; }

    public required string ChangedBy { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public string Note { get; set; } = "";
}
