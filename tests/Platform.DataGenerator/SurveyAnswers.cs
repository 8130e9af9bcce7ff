using Grpc.Core;
using Grpc.Net.Client;
using Platform.Contracts.Surveys.V1;

namespace Platform.DataGenerator;

/// <summary>
/// Creates and publishes one smiley survey per municipality from the module's template, then imports the answers
/// through the client-streaming import: paper responses of five answers each, spread over the seed's local areas,
/// two age bands and the days of the year before <c>now</c>, at most <see cref="ResponsesPerStream"/> per stream.
/// </summary>
public static class SurveyAnswers
{
    public const string TemplateId = "children-wellbeing-smiley";
    private const int ResponsesPerStream = 50_000;
    private static readonly string[] Questions = ["happy-at-school", "friends", "play-outside", "sleep", "safe"];
    private static readonly string[] Faces = ["yes-a-lot", "yes-a-little", "no"];
    private static readonly string[] AgeBands = ["6-10", "11-15"];

    public static async Task<int> ImportAsync(GrpcChannel channel, CallOptions admin, IReadOnlyList<SeedMunicipality> municipalities, int answers,
        DateTimeOffset now, SeedProgress progress)
    {
        var surveys = new SurveyService.SurveyServiceClient(channel);
        var collection = new CollectionService.CollectionServiceClient(channel);
        var responses = answers / Questions.Length;
        var streams = new List<(SeedMunicipality Municipality, Survey Survey, int Count, int Seed)>();
        for (var m = 0; m < municipalities.Count; m++)
        {
            var share = responses / municipalities.Count + (m < responses % municipalities.Count ? 1 : 0);
            var code = municipalities[m].Code;
            var draft = await surveys.CreateSurveyAsync(new CreateSurveyRequest { MunicipalityCode = code, TemplateId = TemplateId }, admin);
            var survey = await surveys.PublishSurveyAsync(new PublishSurveyRequest { MunicipalityCode = code, SurveyId = draft.Id, ExpectedVersion = draft.Version }, admin);
            for (var sent = 0; sent < share; sent += ResponsesPerStream)
            {
                streams.Add((municipalities[m], survey, Math.Min(ResponsesPerStream, share - sent), streams.Count));
            }
        }

        var stored = 0;
        // One import is one transaction on SQLite's single writer: two streams keep it busy.
        await Parallel.ForEachAsync(streams, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (stream, cancellationToken) =>
        {
            var random = new Random(stream.Seed);
            using var call = collection.ImportResponses(admin.WithCancellationToken(cancellationToken));
            for (var i = 0; i < stream.Count; i++)
            {
                await call.RequestStream.WriteAsync(Paper(stream.Municipality, stream.Survey, random, now), cancellationToken);
            }

            await call.RequestStream.CompleteAsync();
            var result = await call.ResponseAsync;
            Interlocked.Add(ref stored, result.Stored * Questions.Length);
            progress.Add(stream.Count * Questions.Length);
        });
        return stored;
    }

    private static ImportResponseRequest Paper(SeedMunicipality municipality, Survey survey, Random random, DateTimeOffset now) => new()
    {
        MunicipalityCode = municipality.Code,
        SurveyId = survey.Id,
        Version = survey.PublishedVersion,
        LocalAreaId = municipality.LocalAreaIds[random.Next(municipality.LocalAreaIds.Count)],
        ResponseId = Guid.NewGuid().ToString(),
        AgeBand = AgeBands[random.Next(AgeBands.Length)],
        AnsweredOn = now.Date.AddDays(-1 - random.Next(365)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Answers = { Questions.Select(q => new Answer { QuestionId = q, OptionIds = { Faces[random.Next(Faces.Length)] } }) },
    };
}
