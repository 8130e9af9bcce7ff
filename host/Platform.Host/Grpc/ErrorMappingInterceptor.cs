using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.EntityFrameworkCore;
using Platform.Host.Grpc.InProcess;
using Platform.Sdk.Errors;

namespace Platform.Host.Grpc;

/// <summary>
/// Turns a caller's mistakes into their gRPC status with google.rpc details (BadRequest field violations for
/// invalid input), and anything unexpected into INTERNAL with a correlation id that is also in the log.
/// No stack trace or exception text of a fault reaches the caller.
/// </summary>
public sealed class ErrorMappingInterceptor(ILogger<ErrorMappingInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception exception) when (exception is not RpcException)
        {
            throw Map(exception, context);
        }
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(requestStream, context);
        }
        catch (Exception exception) when (exception is not RpcException)
        {
            throw Map(exception, context);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception exception) when (exception is not RpcException)
        {
            throw Map(exception, context);
        }
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(requestStream, responseStream, context);
        }
        catch (Exception exception) when (exception is not RpcException)
        {
            throw Map(exception, context);
        }
    }

    private RpcException Map(Exception exception, ServerCallContext context)
    {
        var status = exception switch
        {
            InvalidInputException invalid => Status(Code.InvalidArgument, invalid.Message, new BadRequest
            {
                FieldViolations =
                {
                    invalid.Violations.Select(v => new BadRequest.Types.FieldViolation { Field = v.Field, Description = v.Description }),
                },
            }),
            // A request stream's message that does not parse (a unary request's is answered before the handler, by MalformedRequests).
            Google.Protobuf.InvalidProtocolBufferException => Status(Code.InvalidArgument,
                "A message of the request stream is not a valid message of its type (or holds text that is not UTF-8): build it with the service's .proto file."),
            NotFoundException => Status(Code.NotFound, exception.Message),
            AlreadyExistsException => Status(Code.AlreadyExists, exception.Message),
            PermissionDeniedException => Status(Code.PermissionDenied, exception.Message),
            PreconditionFailedException => Status(Code.FailedPrecondition, exception.Message),
            TooManyRequestsException => Status(Code.ResourceExhausted, exception.Message),
            ConcurrencyConflictException or DbUpdateConcurrencyException =>
                Status(Code.Aborted, exception is ConcurrencyConflictException ? exception.Message : "The data was changed meanwhile: read it again and retry."),
            SiloUnavailableException or OrleansMessageRejectionException or TimeoutException =>
                Status(Code.Unavailable, "A host of the cluster is not reachable right now; retry the call in a moment."),
            OperationCanceledException when context.CancellationToken.IsCancellationRequested =>
                Status(Code.Cancelled, "The call was cancelled or its deadline passed."),
            _ => null,
        };
        if (status is not null)
        {
            logger.LogInformation("{Method} refused with {Status}: {Message}", context.Method, (Code)status.Code, status.Message);
            return status.ToRpcException();
        }

        var correlationId = context is InProcessServerCallContext inProcess ? inProcess.CorrelationId : context.GetHttpContext().TraceIdentifier;
        logger.LogError(exception, "{Method} failed unexpectedly; correlation id {CorrelationId}", context.Method, correlationId);
        return Status(Code.Internal, $"An unexpected error occurred. Quote correlation id {correlationId} to the platform's operators.",
            new RequestInfo { RequestId = correlationId }).ToRpcException();
    }

    private static Google.Rpc.Status Status(Code code, string message, Google.Protobuf.IMessage? detail = null)
    {
        var status = new Google.Rpc.Status { Code = (int)code, Message = message };
        if (detail is not null)
        {
            status.Details.Add(Any.Pack(detail));
        }

        return status;
    }
}
