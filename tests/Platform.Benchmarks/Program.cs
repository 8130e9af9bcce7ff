using System.Diagnostics;
using Grpc.Core;
using Grpc.Net.Client;
using Platform.Benchmarks;
using Platform.Benchmarks.V1;
using Platform.Contracts.Core.V1;
using Platform.DataGenerator;
using Platform.Identity;

if (args is ["surveys", .. var surveyArgs])
{
    await SurveyBenchmark.RunAsync(surveyArgs);
    return;
}

if (args is ["module-calls", .. var moduleCallArgs])
{
    await ModuleCallBenchmark.RunAsync(moduleCallArgs);
    return;
}

if (args is ["actor-page", .. var actorPageArgs])
{
    await ActorPageBenchmark.RunAsync(actorPageArgs);
    return;
}

if (args is ["report", .. var reportArgs])
{
    await ReportOnlyBenchmark.RunAsync(reportArgs);
    return;
}

// Every server runs in this process on loopback and is called over real HTTP/2 from the same client code, so the
// ratios show what the platform (authentication, caller resolution, grain calls, a second silo) costs per call.
const int Concurrency = 64;
var warmUp = TimeSpan.FromSeconds(2);
var duration = TimeSpan.FromSeconds(args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 10);
var reportScale = args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : ReportOnlyBenchmark.DefaultScale;
string[] codes = ["0183", "0430", "0101", "0147", "0151", "0153", "0155", "0157"];

var (noopApp, noopAddress) = await NoopServer.StartAsync();
var dataDirectory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "platform-bench-" + Guid.NewGuid().ToString("N"))).FullName;
var modulesDirectory = BenchmarkModules.Install();
var (firstApp, firstAddress) = await BenchmarkHost.StartAsync(dataDirectory, modulesDirectory, 11311, primarySiloPort: null);
using var noopChannel = GrpcChannel.ForAddress(noopAddress);
using var firstChannel = GrpcChannel.ForAddress(firstAddress);
var issuer = new LocalTokenIssuer(LocalSigningKey.LoadOrCreate(dataDirectory));
var admin = new Metadata { { "authorization", "Bearer " + issuer.Issue("bench-admin", [RoleGrant.Admin], TimeSpan.FromHours(1)) } };
var viewer = new Metadata { { "authorization", "Bearer " + issuer.Issue("bench-viewer", [RoleGrant.ForMunicipality(PlatformRole.Viewer, "0183")], TimeSpan.FromHours(1)) } };
await new PartnershipService.PartnershipServiceClient(firstChannel).CreatePartnershipAsync(
    new CreatePartnershipRequest { Id = "bench", Name = "Bench", CentreName = "Bench" }, admin);
await new PartnershipService.PartnershipServiceClient(firstChannel).OnboardMunicipalityAsync(
    new OnboardMunicipalityRequest { PartnershipId = "bench", MunicipalityCode = "0183" }, admin);

Console.WriteLine($"Machine: {Machine.Describe()}");
Console.WriteLine($"Load: {Concurrency} concurrent callers, {duration.TotalSeconds:0} s per measurement after {warmUp.TotalSeconds:0} s warm-up; SQLite, development clustering");
var noop = new Noop.NoopClient(noopChannel);
var bare = await LoadRun.CallsPerSecondAsync(() => noop.CallAsync(new NoopMessage { Code = "0183" }).ResponseAsync, Concurrency, warmUp, duration);
Report("Bare gRPC no-op call (baseline)", bare, bare, "calls/s");
var oneHostReads = await ReadsAsync([firstChannel]);
Report("GetMunicipality, one host (auth included)", oneHostReads, bare, "calls/s");
var oneHostOnboarding = await OnboardingsAsync([firstChannel], "one");
Report("Onboardings, one host", oneHostOnboarding, bare, "onboardings/s");
Console.WriteLine("Actor mapping (one host):");
await ActorMappingBenchmark.RunAsync(firstChannel, admin, "0183",
    (call, concurrency) => LoadRun.CallsPerSecondAsync(call, concurrency, warmUp, duration),
    (what, rate, unit) => Report(what, rate, bare, unit));
var oneEvent = await RegistrationLoad.RegistrationsPerSecondAsync(firstChannel, admin, "0183", events: 1, registrationsPerEvent: 2000, Concurrency);
Report("Registrations, one event (one row lock)", oneEvent, bare, "registrations/s");
var manyEvents = await RegistrationLoad.RegistrationsPerSecondAsync(firstChannel, admin, "0183", events: 16, registrationsPerEvent: 250, Concurrency);
Report("Registrations, 16 events, one host", manyEvents, bare, "registrations/s");

var (secondApp, secondAddress) = await BenchmarkHost.StartAsync(dataDirectory, modulesDirectory, 11312, primarySiloPort: 11311);
using var secondChannel = GrpcChannel.ForAddress(secondAddress);
var twoHostReads = await ReadsAsync([firstChannel, secondChannel]);
Report("GetMunicipality, two hosts (calls alternate)", twoHostReads, bare, "calls/s");
var twoHostOnboarding = await OnboardingsAsync([firstChannel, secondChannel], "two");
Report("Onboardings, two hosts (calls alternate)", twoHostOnboarding, bare, "onboardings/s");
Console.WriteLine($"Two hosts / one host: reads {twoHostReads / oneHostReads:P0}, onboardings {twoHostOnboarding / oneHostOnboarding:P0} (both hosts share this machine's {Environment.ProcessorCount} cores)");

await secondApp.StopAsync();
var bareCallMilliseconds = await LoadRun.MillisecondsPerCallAsync(() => noop.CallAsync(new NoopMessage { Code = "0183" }).ResponseAsync, 2000);
Console.WriteLine($"{"Bare gRPC no-op call, one caller (baseline)",-46} {bareCallMilliseconds,10:N3} ms per call");
await ReportBenchmark.RunAsync(firstChannel, admin, Path.Combine(dataDirectory, "platform.db"), DataSetSize.Scaled(reportScale), bareCallMilliseconds);

await firstApp.StopAsync();
await noopApp.StopAsync();
Directory.Delete(dataDirectory, recursive: true);
Directory.Delete(modulesDirectory, recursive: true);

async Task<double> ReadsAsync(GrpcChannel[] channels)
{
    var clients = channels.Select(channel => new MunicipalityService.MunicipalityServiceClient(channel)).ToArray();
    var next = 0;
    return await LoadRun.CallsPerSecondAsync(
        () => clients[Interlocked.Increment(ref next) % clients.Length].GetMunicipalityAsync(new GetMunicipalityRequest { Code = "0183" }, viewer).ResponseAsync,
        Concurrency, warmUp, duration);
}

// Onboarding writes to the database, so it is measured as a fixed amount of work: every code into 16 new partnerships.
async Task<double> OnboardingsAsync(GrpcChannel[] channels, string run)
{
    var clients = channels.Select(channel => new PartnershipService.PartnershipServiceClient(channel)).ToArray();
    var partnerships = Enumerable.Range(0, 16).Select(i => $"onboarding-{run}-{i}").ToList();
    foreach (var id in partnerships)
    {
        await clients[0].CreatePartnershipAsync(new CreatePartnershipRequest { Id = id, Name = id, CentreName = "Bench" }, admin);
    }

    var stopwatch = Stopwatch.StartNew();
    await Task.WhenAll(partnerships.Select(async (id, i) =>
    {
        foreach (var code in codes)
        {
            await clients[i % clients.Length].OnboardMunicipalityAsync(new OnboardMunicipalityRequest { PartnershipId = id, MunicipalityCode = code }, admin);
        }
    }));
    return partnerships.Count * codes.Length / stopwatch.Elapsed.TotalSeconds;
}

static void Report(string what, double rate, double baseline, string unit) =>
    Console.WriteLine($"{what,-46} {rate,10:N0} {unit,-14} {rate / baseline,7:P1} of baseline");
