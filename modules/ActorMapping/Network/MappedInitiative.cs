namespace Platform.ActorMapping.Network;

/// <summary>An initiative as the analyses see it.</summary>
internal sealed record MappedInitiative(Guid Id, string Name, string? LocalAreaId, IReadOnlyList<string> Arenas, IReadOnlyList<string> Themes);
