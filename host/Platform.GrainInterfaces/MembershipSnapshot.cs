namespace Platform.GrainInterfaces;

/// <summary>One period of a municipality's membership of a partnership.</summary>
[GenerateSerializer]
[Alias("platform.core.membership-snapshot")]
public sealed record MembershipSnapshot(
    [property: Id(0)] string PartnershipId,
    [property: Id(1)] string PartnershipName,
    [property: Id(2)] string MunicipalityCode,
    [property: Id(3)] string MunicipalityName,
    [property: Id(4)] DateTimeOffset JoinedAt,
    [property: Id(5)] DateTimeOffset? LeftAt);
