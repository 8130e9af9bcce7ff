using Platform.Sdk.Tenancy;

namespace Platform.Events.Data;

/// <summary>A note, concern, idea or stated role recorded at an event.</summary>
internal sealed class OutcomeRecord : ITenantOwned
{
    public Guid Id { get; set; }

    public required string MunicipalityCode { get; set; }

    public Guid EventId { get; set; }

    public int Kind { get; set; }

    public required string Text { get; set; }

    public List<string> Themes { get; set; } = [];

    public int Group { get; set; }

    public string? ActorId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
