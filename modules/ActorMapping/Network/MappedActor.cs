namespace Platform.ActorMapping.Network;

/// <summary>An actor as the analyses see it.</summary>
internal sealed record MappedActor(Guid Id, string Name, int Sector, string? LocalAreaId, IReadOnlyList<string> Arenas, IReadOnlyList<string> Themes);
