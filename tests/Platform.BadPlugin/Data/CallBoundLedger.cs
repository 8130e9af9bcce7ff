using Grpc.Core;

namespace Platform.BadPlugin.Data;

/// <summary>An application class bound to the gRPC call: pages and jobs, which have no call, could not use it.</summary>
internal sealed class CallBoundLedger
{
    public static int Count(ServerCallContext context) => context.CancellationToken.IsCancellationRequested ? 0 : 1;
}
