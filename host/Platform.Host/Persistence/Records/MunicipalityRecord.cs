namespace Platform.Host.Persistence.Records;

/// <summary>An onboarded municipality. Name and region come from the reference data at onboarding.</summary>
public sealed class MunicipalityRecord
{
    public required string Code { get; set; }

    public required string Name { get; set; }

    public required string RegionCode { get; set; }

    public required string RegionName { get; set; }

    public string ContactEmail { get; set; } = "";

    public string ContactPhone { get; set; } = "";

    public string Language { get; set; } = "da";

    public DateTimeOffset OnboardedAt { get; set; }

    /// <summary>Optimistic concurrency: every change increments it, and a stale update is refused by the database.</summary>
    public long Version { get; set; }

    public List<LocalAreaRecord> LocalAreas { get; set; } = [];

    public List<ModuleSwitchRecord> ModuleSwitches { get; set; } = [];
}
