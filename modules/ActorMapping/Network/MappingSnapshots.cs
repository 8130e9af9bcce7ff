using Microsoft.EntityFrameworkCore;
using Platform.ActorMapping.Data;

namespace Platform.ActorMapping.Network;

/// <summary>
/// Loads the non-archived actors, initiatives and links of the context's municipalities, optionally for one local
/// area (records of the whole municipality count in every area). Only the columns the analyses need are read.
/// </summary>
internal static class MappingSnapshots
{
    public static async Task<MappingSnapshot> LoadAsync(ActorMappingDb db, string localAreaId, CancellationToken cancellationToken)
    {
        var area = localAreaId.Length == 0 ? null : localAreaId;
        var actors = await db.Actors.AsNoTracking()
            .Where(a => !a.Archived && (area == null || a.LocalAreaId == null || a.LocalAreaId == area))
            .Select(a => new MappedActor(a.Id, a.Name, a.Sector, a.LocalAreaId, a.Arenas, a.Themes))
            .ToListAsync(cancellationToken);
        var initiatives = await db.Initiatives.AsNoTracking()
            .Where(i => !i.Archived && (area == null || i.LocalAreaId == null || i.LocalAreaId == area))
            .Select(i => new MappedInitiative(i.Id, i.Name, i.LocalAreaId, i.Arenas, i.Themes))
            .ToListAsync(cancellationToken);
        var nodes = actors.Select(a => a.Id).Concat(initiatives.Select(i => i.Id)).ToHashSet();
        var relations = await db.Relations.AsNoTracking().Select(r => new MappedLink(r.FromActorId, r.ToActorId, r.Kind)).ToListAsync(cancellationToken);
        var parts = await db.InitiativeActors.AsNoTracking().Select(l => new MappedLink(l.ActorId, l.InitiativeId, l.Role)).ToListAsync(cancellationToken);
        return new MappingSnapshot(actors, initiatives, [.. relations.Concat(parts).Where(l => nodes.Contains(l.FromId) && nodes.Contains(l.ToId))]);
    }
}
