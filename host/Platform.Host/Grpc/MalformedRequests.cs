using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using Google.Protobuf;
using Grpc.AspNetCore.Server;
using Grpc.Core;

namespace Platform.Host.Grpc;

/// <summary>
/// A unary or server-streaming call whose body is not exactly one message of the method's request type (bytes that do
/// not parse, text that is not UTF-8, a frame shorter or longer than it says) answers INVALID_ARGUMENT saying so.
/// grpc-dotnet reads the message before any interceptor runs and would answer UNKNOWN. The body is read and parsed
/// here without being consumed, so the handler reads the same bytes; a compressed message or one over the receive
/// limit is left to grpc-dotnet, which answers those itself.
/// </summary>
internal sealed class MalformedRequests(RequestDelegate next)
{
    private const int HeaderLength = 5;

    private static readonly ConcurrentDictionary<Type, RequestType?> RequestTypes = new();

    public async Task InvokeAsync(HttpContext http)
    {
        var method = http.GetEndpoint()?.Metadata.GetMetadata<GrpcMethodMetadata>()?.Method;
        if (method is null || method.Type is not (MethodType.Unary or MethodType.ServerStreaming) || !TrailersOnlyStatus.IsGrpc(http.Request)
            || RequestTypeOf(method) is not { } request)
        {
            await next(http);
            return;
        }

        var problem = await CheckAsync(http.Request.BodyReader, request.Parser, http.RequestAborted);
        if (problem is null)
        {
            await next(http);
            return;
        }

        TrailersOnlyStatus.Write(http.Response, StatusCode.InvalidArgument, Refusal(request.Name, problem));
    }

    /// <summary>
    /// The same refusal for a module's in-process call, whose request bytes do not parse: INVALID_ARGUMENT with the
    /// words a network caller gets.
    /// </summary>
    public static RpcException Refuse(IMethod method, InvalidProtocolBufferException exception) =>
        new(new Status(StatusCode.InvalidArgument, Refusal(RequestTypeOf(method)?.Name ?? method.FullName, Problem(exception))));

    private static string Refusal(string messageName, string problem) =>
        $"The request is not a valid {messageName} message: {problem}. Build it with the service's .proto file.";

    /// <summary>What is wrong with the body, or null when it is one well-formed message (or one left to grpc-dotnet).</summary>
    private static async Task<string?> CheckAsync(System.IO.Pipelines.PipeReader reader, MessageParser parser, CancellationToken cancellationToken)
    {
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken);
            var body = read.Buffer;
            var declared = DeclaredLength(body);
            if (body.Length >= HeaderLength && (body.FirstSpan[0] != 0 || declared > GrpcLimits.MaxRequestBytes))
            {
                reader.AdvanceTo(body.Start, body.End);
                return null;
            }

            if (body.Length - HeaderLength > declared && body.Length >= HeaderLength)
            {
                reader.AdvanceTo(body.Start, body.End);
                return $"more bytes follow than its frame's {declared}: a call of this method carries one message";
            }

            if (!read.IsCompleted)
            {
                // Everything so far examined, nothing consumed: the next read waits for more and still begins at the start.
                reader.AdvanceTo(body.Start, body.End);
                continue;
            }

            var problem = body.Length < HeaderLength
                ? "the body holds no message"
                : body.Length - HeaderLength < declared
                    ? $"its frame says {declared} bytes but only {body.Length - HeaderLength} follow"
                    : Parse(parser, body.Slice(HeaderLength));
            reader.AdvanceTo(body.Start, body.End);
            return problem;
        }
    }

    private static long DeclaredLength(ReadOnlySequence<byte> body)
    {
        if (body.Length < HeaderLength)
        {
            return 0;
        }

        Span<byte> header = stackalloc byte[HeaderLength];
        body.Slice(0, HeaderLength).CopyTo(header);
        return BinaryPrimitives.ReadUInt32BigEndian(header[1..]);
    }

    private static string? Parse(MessageParser parser, ReadOnlySequence<byte> message)
    {
        try
        {
            parser.ParseFrom(message);
            return null;
        }
        catch (InvalidProtocolBufferException exception)
        {
            return Problem(exception);
        }
    }

    private static string Problem(InvalidProtocolBufferException exception) =>
        exception.InnerException is DecoderFallbackException ? "a text field is not valid UTF-8" : "its bytes are not a protobuf message of that type";

    /// <summary>The generated message class's parser and name, for a method whose request is a protobuf message.</summary>
    private static RequestType? RequestTypeOf(IMethod method) =>
        RequestTypes.GetOrAdd(method.GetType(), type =>
            type.IsGenericType && type.GetGenericArguments()[0] is var request && typeof(IMessage).IsAssignableFrom(request)
            && request.GetProperty("Parser", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is MessageParser parser
                ? new RequestType(parser, parser.ParseFrom(ByteString.Empty).Descriptor.FullName)
                : null);

    private sealed record RequestType(MessageParser Parser, string Name);
}
