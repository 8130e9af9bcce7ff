using Grpc.Core;
using Platform.Contracts.Surveys.V1;
using Platform.Testing;

namespace Platform.Surveys.Tests.Infrastructure;

/// <summary>Paper responses sent through the import stream.</summary>
public static class Imports
{
    public static ImportResponseRequest Paper(Survey survey, string mood, string localAreaId = "", string ageBand = "", Guid? responseId = null) => new()
    {
        MunicipalityCode = survey.MunicipalityCode,
        SurveyId = survey.Id,
        Version = survey.PublishedVersion,
        LocalAreaId = localAreaId,
        ResponseId = (responseId ?? Guid.NewGuid()).ToString(),
        AgeBand = ageBand,
        AnsweredOn = "2026-11-19",
        Answers = { Answers.Choice("mood", mood), mood == "sad" ? Answers.Text("why-sad", "drillet") : Answers.Choice("activities", "sport", "play") },
    };

    public static async Task<ImportResponsesResult> SendAsync(TestPlatform platform, IEnumerable<ImportResponseRequest> responses, CallOptions? as_ = null)
    {
        using var call = new CollectionService.CollectionServiceClient(platform.Channel).ImportResponses(as_ ?? platform.AsAdmin());
        foreach (var response in responses)
        {
            await call.RequestStream.WriteAsync(response);
        }

        await call.RequestStream.CompleteAsync();
        return await call.ResponseAsync;
    }
}
