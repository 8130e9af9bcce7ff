namespace Platform.GrainInterfaces;

[GenerateSerializer]
[Alias("platform.core.local-area-snapshot")]
public sealed record LocalAreaSnapshot(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] bool Retired);
