using Platform.Sdk.Tenancy;

namespace Platform.ActorMapping.Data;

internal sealed class ActorRecord : ITenantOwned
{
    public Guid Id { get; set; }

    public required string MunicipalityCode { get; set; }

    public required string Name { get; set; }

    public int Sector { get; set; }

    public required string Category { get; set; }

    public List<string> Arenas { get; set; } = [];

    public List<string> AgeGroups { get; set; } = [];

    public List<string> Themes { get; set; } = [];

    public string? LocalAreaId { get; set; }

    public string Description { get; set; } = "";

    public int Influence { get; set; }

    public int Interest { get; set; }

    public int Stage { get; set; }

    public bool Archived { get; set; }

    /// <summary>Optimistic concurrency: a write with an older version is refused by the database.</summary>
    public long Version { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<ContactPersonRecord> Contacts { get; set; } = [];

    public List<StageChangeRecord> History { get; set; } = [];
}
