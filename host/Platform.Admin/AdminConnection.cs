using Grpc.Core;
using Grpc.Net.Client;
using McMaster.Extensions.CommandLineUtils;
using Platform.Identity;

namespace Platform.Admin;

/// <summary>
/// The global options and the authenticated channel to the host. Without a token, the CLI signs a short-lived admin
/// token with the local key of the data directory, which only works on the host's own machine.
/// </summary>
public sealed class AdminConnection
{
    private readonly CommandOption host;
    private readonly CommandOption dataDirectory;
    private readonly CommandOption token;

    public AdminConnection(CommandLineApplication app)
    {
        host = app.Option("--host <URL>", "The host's gRPC address (default http://127.0.0.1:5080).", CommandOptionType.SingleValue, inherited: true);
        dataDirectory = app.Option("--data-dir <DIR>", "The host's data directory, for the local signing key (default ./data, else host/Platform.Host/data).", CommandOptionType.SingleValue, inherited: true);
        token = app.Option("--token <JWT>", "A bearer token; default: the PLATFORM_TOKEN variable, else a local admin token.", CommandOptionType.SingleValue, inherited: true);
    }

    /// <summary>
    /// The given directory; else ./data, or, from the repository root, the data directory of a host started with
    /// <c>dotnet run --project host/Platform.Host</c> (which runs in the project's folder).
    /// </summary>
    public string DataDirectory => Path.GetFullPath(dataDirectory.Value()
        ?? new[] { "data", Path.Combine("host", "Platform.Host", "data") }
            .FirstOrDefault(candidate => File.Exists(Path.Combine(candidate, LocalTokenOptions.SigningKeyFileName)))
        ?? "data");

    public GrpcChannel OpenChannel() => GrpcChannel.ForAddress(host.Value() ?? "http://127.0.0.1:5080");

    public CallOptions CallOptions()
    {
        var bearer = token.Value() ?? Environment.GetEnvironmentVariable("PLATFORM_TOKEN") ?? LocalAdminToken();
        return new CallOptions(new Metadata { { "authorization", $"Bearer {bearer}" } }, DateTime.UtcNow.AddSeconds(30));
    }

    public LocalTokenIssuer LocalIssuer() =>
        new(LocalSigningKey.Load(Path.Combine(DataDirectory, LocalTokenOptions.SigningKeyFileName)));

    private string LocalAdminToken() =>
        LocalIssuer().Issue("platform-admin-cli", [RoleGrant.Admin], TimeSpan.FromMinutes(5), "Platform admin CLI");
}
