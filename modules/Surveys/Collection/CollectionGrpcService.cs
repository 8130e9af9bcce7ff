using Grpc.Core;
using Platform.Contracts.Surveys.V1;

namespace Platform.Surveys.Collection;

/// <summary>The collection's gRPC service: a thin adapter over <see cref="ResponseCollection"/>.</summary>
internal sealed class CollectionGrpcService(ResponseCollection collection) : CollectionService.CollectionServiceBase
{
    public override Task<CollectionLink> CreateLink(CreateLinkRequest request, ServerCallContext context) => collection.CreateLinkAsync(request, context.CancellationToken);

    public override Task<SubmitResponseResult> SubmitResponse(SubmitResponseRequest request, ServerCallContext context) => collection.SubmitAsync(request);

    public override Task<ImportResponsesResult> ImportResponses(IAsyncStreamReader<ImportResponseRequest> requestStream, ServerCallContext context) =>
        collection.ImportAsync(requestStream.ReadAllAsync(), context.CancellationToken);
}
