using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Extensions.DependencyInjection;
using Platform.Benchmarks.V1;
using Platform.Contracts.ActorMapping.V1;
using Platform.Contracts.Core.V1;
using Platform.Host.Tenancy;
using Platform.Identity;
using Platform.Sdk.Callers;
using Platform.Sdk.Modules;

namespace Platform.Benchmarks;

/// <summary>
/// What a call from one module to another costs: actor mapping's GetActor as the events module makes it (in-process,
/// through <see cref="IModuleClients"/>) and as a partner makes it (over HTTP/2 on loopback, with a token), next to the
/// bare gRPC no-op call of the same run.
/// <c>dotnet run -c Release --project tests/Platform.Benchmarks -- module-calls [seconds, default 10]</c>.
/// </summary>
public static class ModuleCallBenchmark
{
    private const int Concurrency = 64;

    public static async Task RunAsync(string[] args)
    {
        var duration = TimeSpan.FromSeconds(args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 10);
        var warmUp = TimeSpan.FromSeconds(2);
        var (noopApp, noopAddress) = await NoopServer.StartAsync();
        var dataDirectory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "platform-bench-" + Guid.NewGuid().ToString("N"))).FullName;
        var modulesDirectory = BenchmarkModules.Install();
        var (app, address) = await BenchmarkHost.StartAsync(dataDirectory, modulesDirectory, 11511, primarySiloPort: null);
        using var noopChannel = GrpcChannel.ForAddress(noopAddress);
        using var channel = GrpcChannel.ForAddress(address);
        var grants = new[] { RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, "0183") };
        var admin = new Metadata { { "authorization", "Bearer " + new LocalTokenIssuer(LocalSigningKey.LoadOrCreate(dataDirectory)).Issue("bench-admin", [RoleGrant.Admin], TimeSpan.FromHours(1)) } };
        var coordinator = new Metadata { { "authorization", "Bearer " + new LocalTokenIssuer(LocalSigningKey.LoadOrCreate(dataDirectory)).Issue("bench-coordinator", grants, TimeSpan.FromHours(1)) } };
        var partnerships = new PartnershipService.PartnershipServiceClient(channel);
        await partnerships.CreatePartnershipAsync(new CreatePartnershipRequest { Id = "bench", Name = "Bench", CentreName = "Bench" }, admin);
        await partnerships.OnboardMunicipalityAsync(new OnboardMunicipalityRequest { PartnershipId = "bench", MunicipalityCode = "0183" }, admin);
        var overNetwork = new ActorService.ActorServiceClient(channel);
        var actor = await overNetwork.CreateActorAsync(new CreateActorRequest
        {
            MunicipalityCode = "0183",
            Fields = new ActorFields { Name = "Idrætsforeningen", Sector = Sector.CivilSociety, Category = "forening" },
            Contacts = { new ContactPerson { Name = "Kontakt", Email = "kontakt@example.dk" } },
        }, admin);
        var request = new GetActorRequest { MunicipalityCode = "0183", Id = actor.Id };

        Console.WriteLine($"Machine: {Machine.Describe()}");
        Console.WriteLine($"Load: {Concurrency} concurrent callers, {duration.TotalSeconds:0} s per measurement after {warmUp.TotalSeconds:0} s warm-up; SQLite, one host");
        var noop = new Noop.NoopClient(noopChannel);
        var bare = await LoadRun.CallsPerSecondAsync(() => noop.CallAsync(new NoopMessage { Code = "0183" }).ResponseAsync, Concurrency, warmUp, duration);
        Report("Bare gRPC no-op call (baseline)", bare, bare);
        var network = await LoadRun.CallsPerSecondAsync(() => overNetwork.GetActorAsync(request, coordinator).ResponseAsync, Concurrency, warmUp, duration);
        Report("GetActor over HTTP/2 loopback (token)", network, bare);

        // As a module's code calls: a scope whose caller the request set, and a client from its IModuleClients.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CallerContext>().Caller = new Caller("bench-coordinator", null, grants);
            var inProcess = scope.ServiceProvider.GetRequiredService<IModuleClients>().Create<ActorService.ActorServiceClient>();
            var local = await LoadRun.CallsPerSecondAsync(() => inProcess.GetActorAsync(request).ResponseAsync, Concurrency, warmUp, duration);
            Report("GetActor in-process (IModuleClients)", local, bare);
            Console.WriteLine($"In-process / over the network: {local / network:0.00}x");
        }

        await app.StopAsync();
        await noopApp.StopAsync();
        Directory.Delete(dataDirectory, recursive: true);
        Directory.Delete(modulesDirectory, recursive: true);
    }

    private static void Report(string what, double rate, double baseline) =>
        Console.WriteLine($"{what,-46} {rate,10:N0} calls/s {rate / baseline,7:P1} of baseline");
}
