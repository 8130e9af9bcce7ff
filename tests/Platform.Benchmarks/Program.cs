using Grpc.Core;
using Grpc.Net.Client;
using Platform.Benchmarks;
using Platform.Benchmarks.V1;
using Platform.Contracts.Core.V1;
using Platform.Host.Hosting;
using Platform.Identity;

// Both servers run in this process on loopback and are called over real HTTP/2 from the same client code,
// so the ratio shows what the platform (authentication, caller resolution, grain call) costs per call.
const int Concurrency = 64;
var warmUp = TimeSpan.FromSeconds(2);
var duration = TimeSpan.FromSeconds(args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 10);

var (noopApp, noopAddress) = await NoopServer.StartAsync();
var dataDirectory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "platform-bench-" + Guid.NewGuid().ToString("N"))).FullName;
var platform = PlatformApplication.Build(
[
    $"--Platform:DataDirectory={dataDirectory}",
    "--Platform:Port=0",
    "--Platform:Cluster:SiloPort=11311",
    "--Platform:Cluster:GatewayPort=30300",
    "--Logging:LogLevel:Default=Warning",
]);
var platformAddress = await platform.StartPlatformAsync(CancellationToken.None);

using var noopChannel = GrpcChannel.ForAddress(noopAddress);
using var platformChannel = GrpcChannel.ForAddress(platformAddress);
var issuer = new LocalTokenIssuer(LocalSigningKey.LoadOrCreate(dataDirectory));
var admin = new Metadata { { "authorization", "Bearer " + issuer.Issue("bench-admin", [RoleGrant.Admin], TimeSpan.FromHours(1)) } };
var viewer = new Metadata { { "authorization", "Bearer " + issuer.Issue("bench-viewer", [RoleGrant.ForMunicipality(PlatformRole.Viewer, "0183")], TimeSpan.FromHours(1)) } };
var partnerships = new PartnershipService.PartnershipServiceClient(platformChannel);
await partnerships.CreatePartnershipAsync(new CreatePartnershipRequest { Id = "bench", Name = "Bench", CentreName = "Bench" }, admin);
await partnerships.OnboardMunicipalityAsync(new OnboardMunicipalityRequest { PartnershipId = "bench", MunicipalityCode = "0183" }, admin);

var noop = new Noop.NoopClient(noopChannel);
var municipalities = new MunicipalityService.MunicipalityServiceClient(platformChannel);
Console.WriteLine($"Machine: {Machine.Describe()}");
Console.WriteLine($"Load: {Concurrency} concurrent callers, {duration.TotalSeconds:0} s per measurement after {warmUp.TotalSeconds:0} s warm-up");
var bare = await LoadRun.CallsPerSecondAsync(
    async () => await noop.CallAsync(new NoopMessage { Code = "0183" }), Concurrency, warmUp, duration);
Console.WriteLine($"Bare gRPC no-op call:                           {bare,10:N0} calls/s");
var get = await LoadRun.CallsPerSecondAsync(
    async () => await municipalities.GetMunicipalityAsync(new GetMunicipalityRequest { Code = "0183" }, viewer), Concurrency, warmUp, duration);
Console.WriteLine($"GetMunicipality through the platform (with auth): {get,10:N0} calls/s");
Console.WriteLine($"Ratio platform / bare: {get / bare:P1}");

await platform.StopAsync();
await noopApp.StopAsync();
Directory.Delete(dataDirectory, recursive: true);
