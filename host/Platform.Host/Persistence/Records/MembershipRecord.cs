namespace Platform.Host.Persistence.Records;

/// <summary>One period of membership; leaving sets <see cref="LeftAt"/> and a later return starts a new period.</summary>
public sealed class MembershipRecord
{
    public long Id { get; set; }

    public required string PartnershipId { get; set; }

    public required string MunicipalityCode { get; set; }

    public DateTimeOffset JoinedAt { get; set; }

    public DateTimeOffset? LeftAt { get; set; }
}
