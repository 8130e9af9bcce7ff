namespace Platform.Host.Persistence.Records;

public sealed class LocalAreaRecord
{
    public required string Id { get; set; }

    public required string MunicipalityCode { get; set; }

    public required string Name { get; set; }

    public bool Retired { get; set; }
}
