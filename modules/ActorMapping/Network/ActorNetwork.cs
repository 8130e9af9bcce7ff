using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Platform.ActorMapping.Common;
using Platform.ActorMapping.Data;
using Platform.Contracts.ActorMapping.V1;
using Platform.Sdk.Callers;
using Platform.Sdk.Errors;
using Platform.Sdk.Tenancy;

namespace Platform.ActorMapping.Network;

/// <summary>
/// The network of one municipality: relations between actors, the coverage of arenas × themes, and the graph of actors
/// and initiatives; the one application path of the gRPC service and (later) the pages.
/// </summary>
internal sealed class ActorNetwork(ITenantDbContextFactory<ActorMappingDb> databases, ICallerContext caller, TimeProvider clock)
{
    private static readonly RelationKind[] BetweenActors =
        [RelationKind.CollaboratesWith, RelationKind.Funds, RelationKind.Hosts, RelationKind.RefersTo];

    public async Task<Relation> AddRelationAsync(AddRelationRequest request, CancellationToken cancellationToken)
    {
        var from = EntityIds.Parse(request.FromActorId, "from_actor_id", "an actor");
        var to = EntityIds.Parse(request.ToActorId, "to_actor_id", "an actor");
        new Validation()
            .Check(BetweenActors.Contains(request.Kind), "kind", "must be collaborates with, funds, hosts or refers to")
            .Check(from != to, "to_actor_id", "must be another actor than from_actor_id")
            .MaxLength(request.Note, "note", 1000)
            .ThrowIfInvalid();
        await using var db = await databases.OpenAsync(request.MunicipalityCode, AccessLevel.Contribute, cancellationToken);
        var known = await db.Actors.Where(a => a.Id == from || a.Id == to).Select(a => a.Id).ToListAsync(cancellationToken);
        new Validation()
            .Check(known.Contains(from), "from_actor_id", $"is not an actor of municipality {request.MunicipalityCode}")
            .Check(known.Contains(to), "to_actor_id", $"is not an actor of municipality {request.MunicipalityCode}")
            .ThrowIfInvalid();
        var kind = (int)request.Kind;
        // Collaboration goes both ways, so the reverse pair is the same relation.
        var exists = await db.Relations.AnyAsync(r => r.Kind == kind
            && ((r.FromActorId == from && r.ToActorId == to) || (kind == (int)RelationKind.CollaboratesWith && r.FromActorId == to && r.ToActorId == from)),
            cancellationToken);
        if (exists)
        {
            throw new AlreadyExistsException($"The actors already have this relation ({request.Kind}).");
        }

        var relation = new ActorRelationRecord
        {
            Id = Guid.NewGuid(),
            MunicipalityCode = request.MunicipalityCode,
            FromActorId = from,
            ToActorId = to,
            Kind = kind,
            Note = request.Note,
            CreatedBy = caller.Caller.DisplayName ?? caller.Caller.Subject,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Relations.Add(relation);
        await db.SaveChangesAsync(cancellationToken);
        return ToContract(relation);
    }

    public async Task<RemoveRelationResponse> RemoveRelationAsync(RemoveRelationRequest request, CancellationToken cancellationToken)
    {
        var id = EntityIds.Parse(request.Id, "id", "a relation");
        await using var db = await databases.OpenAsync(request.MunicipalityCode, AccessLevel.Contribute, cancellationToken);
        var relation = await db.Relations.SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new NotFoundException($"No relation has the id {id} in this municipality.");
        db.Relations.Remove(relation);
        await db.SaveChangesAsync(cancellationToken);
        return new RemoveRelationResponse();
    }

    public async Task<ListRelationsResponse> ListRelationsAsync(ListRelationsRequest request, CancellationToken cancellationToken)
    {
        var actor = request.ActorId.Length == 0 ? (Guid?)null : EntityIds.Parse(request.ActorId, "actor_id", "an actor");
        await using var db = await databases.OpenAsync(request.MunicipalityCode, AccessLevel.Aggregate, cancellationToken);
        var relations = await db.Relations.AsNoTracking()
            .Where(r => actor == null || r.FromActorId == actor || r.ToActorId == actor)
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)
            .ToListAsync(cancellationToken);
        return new ListRelationsResponse { Relations = { relations.Select(ToContract) } };
    }

    public async Task<Coverage> GetCoverageAsync(GetCoverageRequest request, CancellationToken cancellationToken)
    {
        await using var db = await databases.OpenAsync(request.MunicipalityCode, AccessLevel.Aggregate, cancellationToken);
        var snapshot = await MappingSnapshots.LoadAsync(db, request.LocalAreaId, cancellationToken);
        return CoverageMatrix.Build(snapshot);
    }

    public async Task<Contracts.ActorMapping.V1.Network> GetNetworkAsync(GetNetworkRequest request, CancellationToken cancellationToken)
    {
        var top = request.Top == 0 ? 10 : request.Top;
        new Validation().Check(top is >= 1 and <= 100, "top", "must be between 1 and 100").ThrowIfInvalid();
        await using var db = await databases.OpenAsync(request.MunicipalityCode, AccessLevel.Aggregate, cancellationToken);
        var snapshot = await MappingSnapshots.LoadAsync(db, request.LocalAreaId, cancellationToken);
        return NetworkGraph.Build(snapshot, top);
    }

    private static Relation ToContract(ActorRelationRecord relation) => new()
    {
        Id = relation.Id.ToString(),
        MunicipalityCode = relation.MunicipalityCode,
        FromActorId = relation.FromActorId.ToString(),
        ToActorId = relation.ToActorId.ToString(),
        Kind = (RelationKind)relation.Kind,
        Note = relation.Note,
        CreatedBy = relation.CreatedBy,
        CreatedAt = Timestamp.FromDateTimeOffset(relation.CreatedAt),
    };
}
