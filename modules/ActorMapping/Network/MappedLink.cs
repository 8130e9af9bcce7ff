namespace Platform.ActorMapping.Network;

/// <summary>An edge: an actor-to-actor relation, or an actor's part in an initiative.</summary>
internal sealed record MappedLink(Guid FromId, Guid ToId, int Kind);
