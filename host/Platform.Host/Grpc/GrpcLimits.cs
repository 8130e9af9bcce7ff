namespace Platform.Host.Grpc;

/// <summary>The limits every gRPC call of the platform shares; the protos' comments state them, and the fields' own.</summary>
internal static class GrpcLimits
{
    /// <summary>The largest request message, 4 MiB: RESOURCE_EXHAUSTED beyond.</summary>
    public const int MaxRequestBytes = 4 * 1024 * 1024;
}
