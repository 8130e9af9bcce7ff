namespace Platform.GrainInterfaces;

/// <summary>A municipality as its grain holds it.</summary>
[GenerateSerializer]
[Alias("platform.core.municipality-snapshot")]
public sealed record MunicipalitySnapshot(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] string RegionCode,
    [property: Id(3)] string RegionName,
    [property: Id(4)] IReadOnlyList<LocalAreaSnapshot> LocalAreas,
    [property: Id(5)] ContactSnapshot Contact,
    [property: Id(6)] IReadOnlyDictionary<string, bool> ModuleSwitches,
    [property: Id(7)] IReadOnlyList<MembershipSnapshot> Memberships,
    [property: Id(8)] DateTimeOffset OnboardedAt,
    [property: Id(9)] long Version)
{
    public IEnumerable<string> CurrentPartnershipIds =>
        Memberships.Where(membership => membership.LeftAt is null).Select(membership => membership.PartnershipId);
}
