using Grpc.Core;

namespace Platform.Host.Grpc.InProcess;

/// <summary>
/// The server side's view of an in-process call: the calling code's headers, deadline and cancellation (which the
/// deadline also triggers), and no HTTP request behind it, so a correlation id of its own for faults.
/// </summary>
internal sealed class InProcessServerCallContext(string method, CallOptions options, CancellationToken cancellationToken) : ServerCallContext
{
    private readonly Metadata headers = options.Headers ?? [];

    public string CorrelationId { get; } = "in-process:" + Guid.NewGuid().ToString("N");

    protected override string MethodCore => method;

    protected override string HostCore => "in-process";

    protected override string PeerCore => "in-process";

    protected override DateTime DeadlineCore => options.Deadline ?? DateTime.MaxValue;

    protected override Metadata RequestHeadersCore => headers;

    protected override CancellationToken CancellationTokenCore => cancellationToken;

    protected override Metadata ResponseTrailersCore { get; } = [];

    protected override Status StatusCore { get; set; }

    protected override WriteOptions? WriteOptionsCore { get; set; }

    protected override AuthContext AuthContextCore { get; } = new(null, []);

    protected override ContextPropagationToken CreatePropagationTokenCore(ContextPropagationOptions? options) =>
        throw new NotSupportedException("Propagation tokens belong to Grpc.Core's native channels; pass the deadline and cancellation token on.");

    protected override Task WriteResponseHeadersAsyncCore(Metadata responseHeaders) => Task.CompletedTask;
}
