using Grpc.Core;
using Platform.Contracts.ActorMapping.V1;

namespace Platform.ActorMapping.Initiatives;

/// <summary>The initiatives' gRPC service: a thin adapter over <see cref="InitiativeRegister"/>.</summary>
internal sealed class InitiativeGrpcService(InitiativeRegister initiatives) : InitiativeService.InitiativeServiceBase
{
    public override Task<Initiative> CreateInitiative(CreateInitiativeRequest request, ServerCallContext context) => initiatives.CreateAsync(request, context.CancellationToken);

    public override Task<Initiative> GetInitiative(GetInitiativeRequest request, ServerCallContext context) => initiatives.GetAsync(request, context.CancellationToken);

    public override Task<Initiative> UpdateInitiative(UpdateInitiativeRequest request, ServerCallContext context) => initiatives.UpdateAsync(request, context.CancellationToken);

    public override Task<Initiative> ArchiveInitiative(ArchiveInitiativeRequest request, ServerCallContext context) => initiatives.ArchiveAsync(request, context.CancellationToken);

    public override Task<ListInitiativesResponse> ListInitiatives(ListInitiativesRequest request, ServerCallContext context) => initiatives.ListAsync(request, context.CancellationToken);
}
