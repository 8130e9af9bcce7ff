using System.Diagnostics;
using System.Globalization;
using Grpc.Core;
using Grpc.Net.Client;
using Platform.Benchmarks.V1;
using Platform.Contracts.Core.V1;
using Platform.Contracts.Surveys.V1;
using Platform.DataGenerator;
using Platform.Identity;

namespace Platform.Benchmarks;

/// <summary>
/// The surveys module: durable answers ingested per second through the import stream (this also seeds the data),
/// and the time of a results query over all of them, next to the bare gRPC baseline of the same run: first one
/// municipality's survey, then a partnership's survey answered in all 98 municipalities (the results of the whole
/// partnership cost the most), and what disclosure control costs a reader in accuracy.
/// <c>dotnet run -c Release --project tests/Platform.Benchmarks -- surveys [answers, default 1000000]</c>.
/// </summary>
public static class SurveyBenchmark
{
    private const int StreamResponses = 50_000;
    private static readonly string[] Questions = ["happy-at-school", "friends", "play-outside", "sleep", "safe"];
    private static readonly string[] Faces = ["yes-a-lot", "yes-a-little", "no"];
    private static readonly string[] AgeBands = ["6-10", "11-15"];

    public static async Task RunAsync(string[] args)
    {
        var answers = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var responses = answers / Questions.Length;
        var (noopApp, noopAddress) = await NoopServer.StartAsync();
        var dataDirectory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "platform-bench-" + Guid.NewGuid().ToString("N"))).FullName;
        var (app, address) = await BenchmarkHost.StartAsync(dataDirectory, BenchmarkModules.Install(), 11411, primarySiloPort: null);
        using var noopChannel = GrpcChannel.ForAddress(noopAddress);
        using var channel = GrpcChannel.ForAddress(address);
        var admin = new Metadata { { "authorization", "Bearer " + new LocalTokenIssuer(LocalSigningKey.LoadOrCreate(dataDirectory)).Issue("bench-admin", [RoleGrant.Admin], TimeSpan.FromHours(2)) } };

        Console.WriteLine($"Machine: {Machine.Describe()}");
        Console.WriteLine($"Surveys: {answers:N0} answers ({responses:N0} responses of {Questions.Length} smiley answers) in streams of {StreamResponses:N0} responses; SQLite");
        var noop = new Noop.NoopClient(noopChannel);
        var bare = await LoadRun.CallsPerSecondAsync(() => noop.CallAsync(new NoopMessage { Code = "0183" }).ResponseAsync, 64, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5));
        Console.WriteLine($"{"Bare gRPC no-op call (baseline)",-52} {bare,12:N0} calls/s");

        var (survey, areas) = await PrepareAsync(channel, admin);
        var collection = new CollectionService.CollectionServiceClient(channel);
        var random = new Random(42);
        var stopwatch = Stopwatch.StartNew();
        await ImportAsync(collection, admin, Enumerable.Range(0, responses).Select(_ => Paper(survey, "0183", areas[random.Next(areas.Length)], random)));
        var ingested = responses * Questions.Length / stopwatch.Elapsed.TotalSeconds;
        Console.WriteLine($"{"Answers imported through the stream (durable)",-52} {ingested,12:N0} answers/s  ({ingested / bare:P0} of the baseline's calls/s)");

        var results = new ResultService.ResultServiceClient(channel);
        foreach (var breakdown in new[] { Breakdown.None, Breakdown.LocalArea, Breakdown.AgeBand })
        {
            var time = await MedianMillisecondsAsync(() => results.GetResultsAsync(
                new GetResultsRequest { MunicipalityCode = "0183", SurveyId = survey.Id, Breakdown = breakdown }, admin).ResponseAsync);
            Console.WriteLine($"{$"Results query by {breakdown}, {answers:N0} answers (median of 3)",-52} {time,12:N0} ms");
        }

        var members = await Municipalities.OnboardAllAsync(channel, new CallOptions(admin), "bench-national");
        var surveys = new SurveyService.SurveyServiceClient(channel);
        var draft = await surveys.CreateSurveyAsync(new CreateSurveyRequest { PartnershipId = "bench-national", TemplateId = "children-wellbeing-smiley" }, admin);
        var shared = await surveys.PublishSurveyAsync(new PublishSurveyRequest { PartnershipId = "bench-national", SurveyId = draft.Id, ExpectedVersion = 1 }, admin);
        Console.WriteLine($"A partnership's survey answered in {members.Count} municipalities ({members.Sum(m => m.LocalAreaIds.Count)} local areas), {answers:N0} answers:");
        stopwatch.Restart();
        foreach (var member in members)
        {
            await ImportAsync(collection, admin, Enumerable.Range(0, responses / members.Count)
                .Select(_ => Paper(shared, member.Code, member.LocalAreaIds[random.Next(member.LocalAreaIds.Count)], random)));
        }

        var spread = responses / members.Count * members.Count * Questions.Length / stopwatch.Elapsed.TotalSeconds;
        Console.WriteLine($"{"  Answers imported, one stream per municipality",-52} {spread,12:N0} answers/s  ({spread / bare:P0} of the baseline's calls/s)");
        var published = new Dictionary<Breakdown, SurveyResults>();
        var publishedTime = 0.0;
        foreach (var breakdown in new[] { Breakdown.None, Breakdown.Municipality, Breakdown.LocalArea })
        {
            var time = await MedianMillisecondsAsync(async () => published[breakdown] = await results.GetResultsAsync(
                new GetResultsRequest { PartnershipId = "bench-national", SurveyId = shared.Id, Breakdown = breakdown }, admin).ResponseAsync);
            publishedTime += breakdown == Breakdown.None ? 0 : time;
            Console.WriteLine($"{$"  Partnership results by {breakdown} (median of 3)",-52} {time,12:N0} ms");
        }

        published.Remove(Breakdown.None);
        DisclosureCost.Print(Path.Combine(dataDirectory, "platform.db"), shared.Id, published, publishedTime);

        var own = await MedianMillisecondsAsync(() => results.GetResultsAsync(
            new GetResultsRequest { MunicipalityCode = members[0].Code, SurveyId = shared.Id, Breakdown = Breakdown.LocalArea }, admin).ResponseAsync);
        Console.WriteLine($"{$"  One member's own results by LocalArea (median of 3)",-52} {own,12:N0} ms");

        await app.StopAsync();
        await noopApp.StopAsync();
        Directory.Delete(dataDirectory, recursive: true);
    }

    /// <summary>Imports the responses in streams of <see cref="StreamResponses"/>, each acknowledged when durable.</summary>
    private static async Task ImportAsync(CollectionService.CollectionServiceClient collection, Metadata admin, IEnumerable<ImportResponseRequest> papers)
    {
        foreach (var chunk in papers.Chunk(StreamResponses))
        {
            using var call = collection.ImportResponses(admin);
            foreach (var paper in chunk)
            {
                await call.RequestStream.WriteAsync(paper);
            }

            await call.RequestStream.CompleteAsync();
            await call.ResponseAsync;
        }
    }

    /// <summary>A warm-up call, then the median of three timed calls.</summary>
    private static async Task<double> MedianMillisecondsAsync(Func<Task> call)
    {
        await call();
        var times = new List<double>();
        for (var run = 0; run < 3; run++)
        {
            var timer = Stopwatch.StartNew();
            await call();
            times.Add(timer.Elapsed.TotalMilliseconds);
        }

        return times.Order().ElementAt(1);
    }

    private static async Task<(Survey Survey, string[] Areas)> PrepareAsync(GrpcChannel channel, Metadata admin)
    {
        var partnerships = new PartnershipService.PartnershipServiceClient(channel);
        await partnerships.CreatePartnershipAsync(new CreatePartnershipRequest { Id = "bench", Name = "Bench", CentreName = "Bench" }, admin);
        await partnerships.OnboardMunicipalityAsync(new OnboardMunicipalityRequest { PartnershipId = "bench", MunicipalityCode = "0183" }, admin);
        var municipalities = new MunicipalityService.MunicipalityServiceClient(channel);
        foreach (var name in new[] { "Vejleåparken", "Ishøj Landsby", "Strandparken", "Torslunde" })
        {
            var current = await municipalities.GetMunicipalityAsync(new GetMunicipalityRequest { Code = "0183" }, admin);
            await municipalities.AddLocalAreaAsync(new AddLocalAreaRequest { Code = "0183", Name = name, ExpectedVersion = current.Version }, admin);
        }

        var areas = (await municipalities.GetMunicipalityAsync(new GetMunicipalityRequest { Code = "0183" }, admin)).LocalAreas.Select(a => a.Id).ToArray();
        var surveys = new SurveyService.SurveyServiceClient(channel);
        var draft = await surveys.CreateSurveyAsync(new CreateSurveyRequest { MunicipalityCode = "0183", TemplateId = "children-wellbeing-smiley" }, admin);
        return (await surveys.PublishSurveyAsync(new PublishSurveyRequest { MunicipalityCode = "0183", SurveyId = draft.Id, ExpectedVersion = 1 }, admin), areas);
    }

    private static ImportResponseRequest Paper(Survey survey, string municipalityCode, string area, Random random) => new()
    {
        MunicipalityCode = municipalityCode,
        SurveyId = survey.Id,
        Version = survey.PublishedVersion,
        LocalAreaId = area,
        ResponseId = Guid.NewGuid().ToString(),
        AgeBand = AgeBands[random.Next(AgeBands.Length)],
        AnsweredOn = "2026-11-19",
        Answers = { Questions.Select(q => new Answer { QuestionId = q, OptionIds = { Faces[random.Next(Faces.Length)] } }) },
    };
}
