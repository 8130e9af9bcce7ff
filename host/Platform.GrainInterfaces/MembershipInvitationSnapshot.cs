namespace Platform.GrainInterfaces;

/// <summary>
/// A partnership's invitation to a municipality to join it, which the municipality's coordinator (or an administrator)
/// accepts or declines and the partnership's staff may withdraw while it is pending.
/// </summary>
[GenerateSerializer]
[Alias("platform.core.membership-invitation-snapshot")]
public sealed record MembershipInvitationSnapshot(
    [property: Id(0)] string Id,
    [property: Id(1)] string PartnershipId,
    [property: Id(2)] string PartnershipName,
    [property: Id(3)] string CentreName,
    [property: Id(4)] string MunicipalityCode,
    [property: Id(5)] string MunicipalityName,
    [property: Id(6)] InvitationState State,
    [property: Id(7)] DateTimeOffset InvitedAt,
    [property: Id(8)] DateTimeOffset? DecidedAt);
