using Grpc.Core;
using Grpc.Net.Client;
using Platform.Identity;

namespace Platform.Admin.Cli;

/// <summary>One command's connection to the host: the channel, and the token every call carries.</summary>
internal sealed class AdminSession(Uri host, string dataDirectory, string? token) : IDisposable
{
    public static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(30);

    private GrpcChannel? channel;
    private string? bearer = token;

    public Uri Host => host;

    public string DataDirectory => dataDirectory;

    /// <summary>Whether the token came from --token or PLATFORM_TOKEN, rather than being signed with the local key.</summary>
    public bool HasGivenToken { get; } = token is not null;

    public GrpcChannel Channel => channel ??= GrpcChannel.ForAddress(host);

    public CallOptions CallOptions(CancellationToken cancellationToken)
    {
        bearer ??= LocalIssuer().Issue("platform-admin-cli", [RoleGrant.Admin], TimeSpan.FromMinutes(5), "Platform admin CLI");
        return new CallOptions(
            new Metadata { { "authorization", $"Bearer {bearer}" } },
            TimeProvider.System.GetUtcNow().Add(CallTimeout).UtcDateTime,
            cancellationToken);
    }

    public LocalTokenIssuer LocalIssuer() =>
        new(LocalSigningKey.Load(Path.Combine(dataDirectory, LocalTokenOptions.SigningKeyFileName)));

    public void Dispose() => channel?.Dispose();
}
