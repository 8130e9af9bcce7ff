using Platform.ActorMapping.Common;
using Platform.Contracts.ActorMapping.V1;

namespace Platform.ActorMapping.Network;

/// <summary>Actors and initiatives as nodes, relations and parts in initiatives as edges, with simple metrics.</summary>
internal static class NetworkGraph
{
    public static Contracts.ActorMapping.V1.Network Build(MappingSnapshot snapshot, int top)
    {
        var degrees = new Dictionary<Guid, int>();
        foreach (var link in snapshot.Links)
        {
            degrees[link.FromId] = degrees.GetValueOrDefault(link.FromId) + 1;
            degrees[link.ToId] = degrees.GetValueOrDefault(link.ToId) + 1;
        }

        var actors = snapshot.Actors.Select(a => new NetworkNode
        {
            Id = a.Id.ToString(),
            Kind = NodeKind.Actor,
            Label = a.Name,
            LocalAreaId = a.LocalAreaId ?? "",
            Group = Keys.Of((Sector)a.Sector),
            Degree = degrees.GetValueOrDefault(a.Id),
        }).OrderBy(n => n.Label, StringComparer.Ordinal).ThenBy(n => n.Id, StringComparer.Ordinal).ToList();
        var initiatives = snapshot.Initiatives.Select(i => new NetworkNode
        {
            Id = i.Id.ToString(),
            Kind = NodeKind.Initiative,
            Label = i.Name,
            LocalAreaId = i.LocalAreaId ?? "",
            Degree = degrees.GetValueOrDefault(i.Id),
        }).OrderBy(n => n.Label, StringComparer.Ordinal).ThenBy(n => n.Id, StringComparer.Ordinal);
        var nodeCount = snapshot.Actors.Count + snapshot.Initiatives.Count;
        return new Contracts.ActorMapping.V1.Network
        {
            Nodes = { actors, initiatives },
            Edges =
            {
                snapshot.Links.Select(l => new NetworkEdge { FromId = l.FromId.ToString(), ToId = l.ToId.ToString(), Kind = (RelationKind)l.Kind })
                    .OrderBy(e => e.FromId, StringComparer.Ordinal).ThenBy(e => e.ToId, StringComparer.Ordinal).ThenBy(e => e.Kind),
            },
            MostConnectedActors = { actors.Where(a => a.Degree > 0).OrderByDescending(a => a.Degree).Take(top) },
            Density = nodeCount < 2 ? 0 : snapshot.Links.Count / (nodeCount * (nodeCount - 1) / 2.0),
        };
    }
}
