using Platform.Sdk.Tenancy;

namespace Platform.ActorMapping.Data;

/// <summary>An initiative (tiltag, indsats); its owner, partner and venue actors are rows of <see cref="InitiativeActorRecord"/>.</summary>
internal sealed class InitiativeRecord : ITenantOwned
{
    public Guid Id { get; set; }

    public required string MunicipalityCode { get; set; }

    public required string Name { get; set; }

    public string Description { get; set; } = "";

    public int Kind { get; set; }

    public int Engagement { get; set; }

    public int Status { get; set; }

    public List<string> Arenas { get; set; } = [];

    public List<string> TargetGroups { get; set; } = [];

    public List<string> Themes { get; set; } = [];

    public string? LocalAreaId { get; set; }

    public int Reach { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public bool Archived { get; set; }

    /// <summary>Optimistic concurrency: a write with an older version is refused by the database.</summary>
    public long Version { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<InitiativeActorRecord> Actors { get; set; } = [];
}
