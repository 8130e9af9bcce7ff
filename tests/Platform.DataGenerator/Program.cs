using Grpc.Core;
using Grpc.Net.Client;
using Platform.DataGenerator;
using Platform.Identity;

// Seeds a running host at national scale through its public gRPC contracts:
//   dotnet run -c Release --project tests/Platform.DataGenerator -- [--host http://127.0.0.1:5080] [--data-dir <dir>]
//       [--partnership national] [--actors 100000] [--events 20000] [--answers 2000000]
// Every Danish municipality (98) joins the partnership with three local areas; actors come through the CSV import,
// events through the events service, survey answers through the surveys module's import stream. The token is signed
// with the host's local key in the data directory.
var options = GeneratorOptions.Parse(args);
using var channel = GrpcChannel.ForAddress(options.Host);
var issuer = new LocalTokenIssuer(LocalSigningKey.LoadOrCreate(options.DataDirectory));
var admin = new CallOptions(new Metadata { { "authorization", "Bearer " + issuer.Issue("data-generator", [RoleGrant.Admin], TimeSpan.FromHours(4)) } });
Console.WriteLine($"Seeding {options.Host} ({options.Size}) into partnership '{options.PartnershipId}'");
try
{
    await NationalSeeder.SeedAsync(channel, admin, options.PartnershipId, options.Size, DateTimeOffset.UtcNow, Console.Out);
    return 0;
}
catch (SeedingException exception)
{
    await Console.Error.WriteLineAsync(exception.Message);
    return 1;
}
