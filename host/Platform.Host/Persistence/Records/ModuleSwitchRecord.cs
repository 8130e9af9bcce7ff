namespace Platform.Host.Persistence.Records;

/// <summary>An explicit on/off switch of one module for one municipality; without one, the platform default holds.</summary>
public sealed class ModuleSwitchRecord
{
    public required string MunicipalityCode { get; set; }

    public required string ModuleId { get; set; }

    public bool Enabled { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
