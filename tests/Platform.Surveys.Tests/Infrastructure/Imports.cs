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
        try
        {
            foreach (var response in responses)
            {
                await call.RequestStream.WriteAsync(response);
            }

            await call.RequestStream.CompleteAsync();
        }
        catch (RpcException)
        {
            // The server refused a message and ended the call while more were being written (a write may then fail as
            // CANCELLED): the server's own status is the call's answer.
        }

        return await call.ResponseAsync;
    }
}
