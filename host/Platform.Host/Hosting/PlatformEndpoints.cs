using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Platform.Host.Hosting;

/// <summary>The host's two listeners; Kestrel fills in the bound ports (port 0 picks a free one) when it starts.</summary>
public sealed class PlatformEndpoints
{
    private ListenOptions? grpc;
    private ListenOptions? web;

    /// <summary>gRPC over HTTP/2 cleartext.</summary>
    public Uri Grpc => AddressOf(grpc);

    /// <summary>HTTP/1.1 for browsers and calendar clients.</summary>
    public Uri Web => AddressOf(web);

    public void Configure(KestrelServerOptions kestrel, System.Net.IPAddress address, int grpcPort, int webPort)
    {
        kestrel.Listen(address, grpcPort, listen =>
        {
            listen.Protocols = HttpProtocols.Http2;
            grpc = listen;
        });
        kestrel.Listen(address, webPort, listen =>
        {
            listen.Protocols = HttpProtocols.Http1;
            web = listen;
        });
    }

    private static Uri AddressOf(ListenOptions? listen) =>
        listen is { IPEndPoint: { } endpoint }
            ? new Uri($"http://{endpoint}")
            : throw new InvalidOperationException("The host has not started listening yet.");
}
