using System.Diagnostics;
using Grpc.Core;
using Grpc.Net.Client;
using Platform.Contracts.Core.V1;
using Platform.DataGenerator;
using Platform.Identity;

// Seeds a running host at national scale through its public gRPC contracts, for the modules the host has loaded:
//   dotnet run -c Release --project tests/Platform.DataGenerator -- [--host http://127.0.0.1:5080] [--data-dir <dir>]
//       [--partnership national] [--actors 100000]
// Every Danish municipality (98) joins the partnership; actor mapping gets the actors, spread evenly. Modules that are
// not loaded are skipped and named. The token is signed with the host's local key in the data directory.
var options = GeneratorOptions.Parse(args);
using var channel = GrpcChannel.ForAddress(options.Host);
var issuer = new LocalTokenIssuer(LocalSigningKey.LoadOrCreate(options.DataDirectory));
var admin = new CallOptions(new Metadata { { "authorization", "Bearer " + issuer.Issue("data-generator", [RoleGrant.Admin], TimeSpan.FromHours(4)) } });

var modules = (await new ModuleService.ModuleServiceClient(channel).ListModulesAsync(new ListModulesRequest(), admin)).Modules
    .Where(m => m.Status == ModuleLoadStatus.Loaded).Select(m => m.Id).ToHashSet();
var stopwatch = Stopwatch.StartNew();
var codes = await Municipalities.OnboardAllAsync(channel, admin, options.PartnershipId);
Console.WriteLine($"{codes.Count} municipalities in partnership '{options.PartnershipId}' ({stopwatch.Elapsed.TotalSeconds:0.0} s)");

if (modules.Contains("actor-mapping"))
{
    stopwatch.Restart();
    await Actors.CreateAsync(channel, admin, codes, options.Actors);
    Console.WriteLine($"{options.Actors:N0} actors ({stopwatch.Elapsed.TotalSeconds:0.0} s)");
}
else
{
    Console.WriteLine("actor-mapping is not loaded: no actors");
}

foreach (var missing in new[] { "events", "surveys" }.Where(id => !modules.Contains(id)))
{
    Console.WriteLine($"{missing} is not loaded (or not seeded by this generator yet): skipped");
}
