namespace Platform.ActorMapping.Network;

/// <summary>What the coverage, the network and the indicators are computed from: the current, non-archived mapping.</summary>
internal sealed record MappingSnapshot(
    IReadOnlyList<MappedActor> Actors,
    IReadOnlyList<MappedInitiative> Initiatives,
    IReadOnlyList<MappedLink> Links);
