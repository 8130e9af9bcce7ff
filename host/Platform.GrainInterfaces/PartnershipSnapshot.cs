namespace Platform.GrainInterfaces;

/// <summary>A partnership as its grain holds it, with every membership period of its members and its pending invitations.</summary>
[GenerateSerializer]
[Alias("platform.core.partnership-snapshot")]
public sealed record PartnershipSnapshot(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string CentreName,
    [property: Id(3)] string Description,
    [property: Id(4)] DateTimeOffset CreatedAt,
    [property: Id(5)] IReadOnlyList<MembershipSnapshot> Members,
    [property: Id(6)] IReadOnlyList<MembershipInvitationSnapshot> PendingInvitations)
{
    public IEnumerable<string> CurrentMemberCodes =>
        Members.Where(member => member.LeftAt is null).Select(member => member.MunicipalityCode);
}
