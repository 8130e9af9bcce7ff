using Grpc.Core;
using Platform.Contracts.ActorMapping.V1;

namespace Platform.ActorMapping.Actors;

/// <summary>The actors' gRPC service: a thin adapter over <see cref="ActorBook"/>.</summary>
internal sealed class ActorGrpcService(ActorBook actors) : ActorService.ActorServiceBase
{
    public override Task<Actor> CreateActor(CreateActorRequest request, ServerCallContext context) => actors.CreateAsync(request, context.CancellationToken);

    public override Task<Actor> GetActor(GetActorRequest request, ServerCallContext context) => actors.GetAsync(request, context.CancellationToken);

    public override Task<Actor> UpdateActor(UpdateActorRequest request, ServerCallContext context) => actors.UpdateAsync(request, context.CancellationToken);

    public override Task<Actor> ArchiveActor(ArchiveActorRequest request, ServerCallContext context) => actors.ArchiveAsync(request, context.CancellationToken);

    public override Task<Actor> MoveStage(MoveStageRequest request, ServerCallContext context) => actors.MoveStageAsync(request, context.CancellationToken);

    public override Task<ListActorsResponse> ListActors(ListActorsRequest request, ServerCallContext context) => actors.ListAsync(request, context.CancellationToken);

    public override Task<Funnel> GetFunnel(GetFunnelRequest request, ServerCallContext context) => actors.GetFunnelAsync(request, context.CancellationToken);

    public override Task<ImportActorsResponse> ImportActors(ImportActorsRequest request, ServerCallContext context) => actors.ImportAsync(request, context.CancellationToken);

    public override Task<ExportActorsResponse> ExportActors(ExportActorsRequest request, ServerCallContext context) => actors.ExportAsync(request, context.CancellationToken);
}
