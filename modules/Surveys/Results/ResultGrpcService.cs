using Grpc.Core;
using Platform.Contracts.Surveys.V1;

namespace Platform.Surveys.Results;

/// <summary>The results' gRPC service: a thin adapter over <see cref="ResultTables"/>.</summary>
internal sealed class ResultGrpcService(ResultTables results) : ResultService.ResultServiceBase
{
    public override Task<SurveyResults> GetResults(GetResultsRequest request, ServerCallContext context) => results.GetAsync(request, context.CancellationToken);

    public override Task<ListFreeTextAnswersResponse> ListFreeTextAnswers(ListFreeTextAnswersRequest request, ServerCallContext context) =>
        results.ListFreeTextAnswersAsync(request, context.CancellationToken);
}
