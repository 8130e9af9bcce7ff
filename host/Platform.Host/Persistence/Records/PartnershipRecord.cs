namespace Platform.Host.Persistence.Records;

public sealed class PartnershipRecord
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public required string CentreName { get; set; }

    public string Description { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
