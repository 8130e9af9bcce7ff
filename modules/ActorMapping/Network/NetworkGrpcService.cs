using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Platform.ActorMapping.Common;
using Platform.ActorMapping.Data;
using Platform.Contracts.ActorMapping.V1;
using Platform.Sdk.Callers;
using Platform.Sdk.Errors;
using Platform.Sdk.Tenancy;

namespace Platform.ActorMapping.Network;

/// <summary>Relations between actors, the coverage of arenas × themes, and the network of actors and initiatives.</summary>
internal sealed class NetworkGrpcService(ITenantDbContextFactory<ActorMappingDb> databases, ICallerContext caller, TimeProvider clock)
    : NetworkService.NetworkServiceBase
{
    private static readonly RelationKind[] BetweenActors =
        [RelationKind.CollaboratesWith, RelationKind.Funds, RelationKind.Hosts, RelationKind.RefersTo];

    public override async Task<Relation> AddRelation(AddRelationRequest request, ServerCallContext context)
    {
        var from = EntityIds.Parse(request.FromActorId, "from_actor_id", "an actor");
        var to = EntityIds.Parse(request.ToActorId, "to_actor_id", "an actor");
        new Validation()
            .Check(BetweenActors.Contains(request.Kind), "kind", "must be collaborates with, funds, hosts or refers to")
            .Check(from != to, "to_actor_id", "must be another actor than from_actor_id")
            .Check(request.Note.Length <= 1000, "note", "must be at most 1000 characters")
            .ThrowIfInvalid();
        await using var db = await databases.OpenAsync(request.MunicipalityCode, AccessLevel.Contribute, context.CancellationToken);
        var known = await db.Actors.Where(a => a.Id == from || a.Id == to).Select(a => a.Id).ToListAsync(context.CancellationToken);
        new Validation()
            .Check(known.Contains(from), "from_actor_id", $"is not an actor of municipality {request.MunicipalityCode}")
            .Check(known.Contains(to), "to_actor_id", $"is not an actor of municipality {request.MunicipalityCode}")
            .ThrowIfInvalid();
        var kind = (int)request.Kind;
        // Collaboration goes both ways, so the reverse pair is the same relation.
        var exists = await db.Relations.AnyAsync(r => r.Kind == kind
            && ((r.FromActorId == from && r.ToActorId == to) || (kind == (int)RelationKind.CollaboratesWith && r.FromActorId == to && r.ToActorId == from)),
            context.CancellationToken);
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
        await db.SaveChangesAsync(context.CancellationToken);
        return ToContract(relation);
    }

    public override async Task<RemoveRelationResponse> RemoveRelation(RemoveRelationRequest request, ServerCallContext context)
    {
        var id = EntityIds.Parse(request.Id, "id", "a relation");
        await using var db = await databases.OpenAsync(request.MunicipalityCode, AccessLevel.Contribute, context.CancellationToken);
        var relation = await db.Relations.SingleOrDefaultAsync(r => r.Id == id, context.CancellationToken)
            ?? throw new NotFoundException($"No relation has the id {id} in this municipality.");
        db.Relations.Remove(relation);
        await db.SaveChangesAsync(context.CancellationToken);
        return new RemoveRelationResponse();
    }

    public override async Task<ListRelationsResponse> ListRelations(ListRelationsRequest request, ServerCallContext context)
    {
        var actor = request.ActorId.Length == 0 ? (Guid?)null : EntityIds.Parse(request.ActorId, "actor_id", "an actor");
        await using var db = await databases.OpenAsync(request.MunicipalityCode, AccessLevel.Aggregate, context.CancellationToken);
        var relations = await db.Relations.AsNoTracking()
            .Where(r => actor == null || r.FromActorId == actor || r.ToActorId == actor)
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)
            .ToListAsync(context.CancellationToken);
        return new ListRelationsResponse { Relations = { relations.Select(ToContract) } };
    }

    public override async Task<Coverage> GetCoverage(GetCoverageRequest request, ServerCallContext context)
    {
        await using var db = await databases.OpenAsync(request.MunicipalityCode, AccessLevel.Aggregate, context.CancellationToken);
        var snapshot = await MappingSnapshots.LoadAsync(db, request.LocalAreaId, context.CancellationToken);
        return CoverageMatrix.Build(snapshot);
    }

    public override async Task<Contracts.ActorMapping.V1.Network> GetNetwork(GetNetworkRequest request, ServerCallContext context)
    {
        var top = request.Top == 0 ? 10 : request.Top;
        new Validation().Check(top is >= 1 and <= 100, "top", "must be between 1 and 100").ThrowIfInvalid();
        await using var db = await databases.OpenAsync(request.MunicipalityCode, AccessLevel.Aggregate, context.CancellationToken);
        var snapshot = await MappingSnapshots.LoadAsync(db, request.LocalAreaId, context.CancellationToken);
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
