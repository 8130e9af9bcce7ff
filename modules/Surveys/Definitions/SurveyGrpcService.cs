using Grpc.Core;
using Platform.Contracts.Surveys.V1;

namespace Platform.Surveys.Definitions;

/// <summary>The survey definitions' gRPC service: a thin adapter over <see cref="SurveyCatalogue"/>.</summary>
internal sealed class SurveyGrpcService(SurveyCatalogue surveys) : SurveyService.SurveyServiceBase
{
    public override Task<ListTemplatesResponse> ListTemplates(ListTemplatesRequest request, ServerCallContext context) => Task.FromResult(SurveyCatalogue.ListTemplates());

    public override Task<Survey> CreateSurvey(CreateSurveyRequest request, ServerCallContext context) => surveys.CreateAsync(request, context.CancellationToken);

    public override Task<Survey> UpdateSurvey(UpdateSurveyRequest request, ServerCallContext context) => surveys.UpdateAsync(request, context.CancellationToken);

    public override Task<Survey> PublishSurvey(PublishSurveyRequest request, ServerCallContext context) => surveys.PublishAsync(request, context.CancellationToken);

    public override Task<Survey> GetSurvey(GetSurveyRequest request, ServerCallContext context) => surveys.GetAsync(request, context.CancellationToken);

    public override Task<ListSurveysResponse> ListSurveys(ListSurveysRequest request, ServerCallContext context) => surveys.ListAsync(request, context.CancellationToken);
}
