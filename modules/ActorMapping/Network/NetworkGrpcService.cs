using Grpc.Core;
using Platform.Contracts.ActorMapping.V1;

namespace Platform.ActorMapping.Network;

/// <summary>The network's gRPC service: a thin adapter over <see cref="ActorNetwork"/>.</summary>
internal sealed class NetworkGrpcService(ActorNetwork network) : NetworkService.NetworkServiceBase
{
    public override Task<Relation> AddRelation(AddRelationRequest request, ServerCallContext context) => network.AddRelationAsync(request, context.CancellationToken);

    public override Task<RemoveRelationResponse> RemoveRelation(RemoveRelationRequest request, ServerCallContext context) => network.RemoveRelationAsync(request, context.CancellationToken);

    public override Task<ListRelationsResponse> ListRelations(ListRelationsRequest request, ServerCallContext context) => network.ListRelationsAsync(request, context.CancellationToken);

    public override Task<Coverage> GetCoverage(GetCoverageRequest request, ServerCallContext context) => network.GetCoverageAsync(request, context.CancellationToken);

    public override Task<Contracts.ActorMapping.V1.Network> GetNetwork(GetNetworkRequest request, ServerCallContext context) => network.GetNetworkAsync(request, context.CancellationToken);
}
