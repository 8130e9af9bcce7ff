using Grpc.Core;
using Platform.Sdk.Callers;

namespace Platform.Host.Grpc.InProcess;

/// <summary>
/// The client side of an in-process call: the request leaves as bytes through the calling module's marshaller and the
/// response comes back through it. The deadline and cancellation reach the called service as its context's, and the
/// caller sees DEADLINE_EXCEEDED and CANCELLED as a network client does, without waiting for a service that ignores
/// them. Unary methods only: no module calls another's by stream.
/// </summary>
internal sealed class InProcessCallInvoker(InProcessServices services, Func<Caller> caller, TimeProvider clock) : CallInvoker
{
    /// <summary>The longest delay a timer takes (49 days); a later deadline never passes during a call.</summary>
    private static readonly TimeSpan LongestTimer = TimeSpan.FromMilliseconds(uint.MaxValue - 1);

    public override TResponse BlockingUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) =>
        AsyncUnaryCall(method, host, options, request).ResponseAsync.GetAwaiter().GetResult();

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request)
    {
        var response = CallAsync(method, options, request);
        return new AsyncUnaryCall<TResponse>(response, Task.FromResult(Metadata.Empty),
            () => Failure(response)?.Status ?? Status.DefaultSuccess, () => Failure(response)?.Trailers ?? Metadata.Empty, () => { });
    }

    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(
        Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) => throw NotUnary(method);

    public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(
        Method<TRequest, TResponse> method, string? host, CallOptions options) => throw NotUnary(method);

    public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(
        Method<TRequest, TResponse> method, string? host, CallOptions options) => throw NotUnary(method);

    private async Task<TResponse> CallAsync<TRequest, TResponse>(Method<TRequest, TResponse> method, CallOptions options, TRequest request)
    {
        var response = await SendAsync(method, Payload.Write(method.RequestMarshaller, request), options);
        try
        {
            return Payload.Read(method.ResponseMarshaller, response);
        }
        catch (Exception exception)
        {
            // A response the caller's copy of the contract cannot read, worded as grpc-dotnet's client words it.
            throw new RpcException(new Status(StatusCode.Internal, $"Error starting gRPC call. {exception.GetType().Name}: {exception.Message}", exception));
        }
    }

    private async Task<byte[]> SendAsync(IMethod method, byte[] request, CallOptions options)
    {
        var remaining = (options.Deadline ?? DateTime.MaxValue) - clock.GetUtcNow().UtcDateTime;
        if (remaining <= TimeSpan.Zero)
        {
            throw DeadlineExceeded();
        }

        using var deadline = new CancellationTokenSource(remaining > LongestTimer ? Timeout.InfiniteTimeSpan : remaining, clock);
        using var call = CancellationTokenSource.CreateLinkedTokenSource(options.CancellationToken, deadline.Token);
        try
        {
            call.Token.ThrowIfCancellationRequested();
            return await services.CallAsync(method, request, caller(), options, call.Token).WaitAsync(call.Token);
        }
        catch (Exception) when (deadline.IsCancellationRequested)
        {
            throw DeadlineExceeded();
        }
        catch (Exception) when (options.CancellationToken.IsCancellationRequested)
        {
            throw new RpcException(new Status(StatusCode.Cancelled, "Call canceled by the client."));
        }
        catch (RpcException exception)
        {
            // A new exception, as a network client gets one: the status and trailers, not the server's stack.
            throw new RpcException(exception.Status, exception.Trailers);
        }
    }

    private static RpcException? Failure(Task call) => call.IsCompleted
        ? call.Exception?.InnerException as RpcException
        : throw new InvalidOperationException("The call has not finished: its status and trailers come with its response.");

    private static RpcException DeadlineExceeded() => new(new Status(StatusCode.DeadlineExceeded, string.Empty));

    private static RpcException NotUnary(IMethod method) => new(new Status(StatusCode.Unimplemented,
        $"{method.FullName} streams; another module's services are called in-process by unary methods only."));
}
