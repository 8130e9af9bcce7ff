using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Platform.Sdk.Errors;

namespace Platform.Host.Grpc;

/// <summary>
/// Checks what every request of every service can get wrong the same way, before any handler reads it: a Timestamp
/// outside what a date can hold (0001-01-01 to 9999-12-31, nanos 0–999,999,999), and an enum number the contract
/// does not define, a text longer than <see cref="MaxTextLength"/> or a list longer than <see cref="MaxListLength"/>
/// (the ceilings of every field; a field's own, lower limit is its handler's, and its proto comment states it). Any of
/// these answers INVALID_ARGUMENT naming the field by its path in the message (<c>opens_at</c>,
/// <c>workstreams[2].topic</c>), instead of a handler failing on it. Streamed requests are checked message by message.
/// </summary>
public sealed class RequestShapeInterceptor : Interceptor
{
    /// <summary>The most characters any text field holds (the longest a field allows on its own).</summary>
    public const int MaxTextLength = 16_000;

    /// <summary>The most items any list or map field holds.</summary>
    public const int MaxListLength = 1_000;

    private static readonly long MinSeconds = Timestamp.FromDateTimeOffset(DateTimeOffset.MinValue).Seconds;
    private static readonly long MaxSeconds = Timestamp.FromDateTimeOffset(DateTimeOffset.MaxValue).Seconds;

    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        Check(request);
        return continuation(request, context);
    }

    public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation) =>
        continuation(new CheckedStream<TRequest>(requestStream), context);

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Check(request);
        return continuation(request, responseStream, context);
    }

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation) =>
        continuation(new CheckedStream<TRequest>(requestStream), responseStream, context);

    /// <summary>Throws <see cref="InvalidInputException"/> listing every field of the message that is out of shape.</summary>
    public static void Check(object? request)
    {
        if (request is not IMessage message)
        {
            return;
        }

        var violations = new List<FieldViolation>();
        Visit(message, "", violations);
        if (violations.Count > 0)
        {
            throw new InvalidInputException(violations);
        }
    }

    private static void Visit(IMessage message, string path, List<FieldViolation> violations)
    {
        if (message is Timestamp timestamp)
        {
            if (timestamp.Seconds < MinSeconds || timestamp.Seconds > MaxSeconds || timestamp.Nanos is < 0 or > 999_999_999)
            {
                violations.Add(new FieldViolation(path, "must be a time from 0001-01-01 to 9999-12-31 (UTC)"));
            }

            return;
        }

        foreach (var field in message.Descriptor.Fields.InDeclarationOrder())
        {
            var name = path.Length == 0 ? field.Name : $"{path}.{field.Name}";
            var value = field.Accessor.GetValue(message);
            if ((field.IsMap || field.IsRepeated) && ((System.Collections.ICollection)value).Count > MaxListLength)
            {
                violations.Add(new FieldViolation(name, $"must hold at most {MaxListLength} items"));
            }
            else if (field.IsMap)
            {
                foreach (var entry in (System.Collections.IDictionary)value)
                {
                    var entryPath = $"{name}[{((System.Collections.DictionaryEntry)entry).Key}]";
                    VisitValue(field.MessageType.FindFieldByNumber(2), ((System.Collections.DictionaryEntry)entry).Value, entryPath, violations);
                }
            }
            else if (field.IsRepeated)
            {
                var index = 0;
                foreach (var item in (System.Collections.IList)value)
                {
                    VisitValue(field, item, $"{name}[{index++}]", violations);
                }
            }
            else if (field.FieldType != FieldType.Message || field.Accessor.HasValue(message))
            {
                VisitValue(field, value, name, violations);
            }
        }
    }

    private static void VisitValue(FieldDescriptor field, object? value, string path, List<FieldViolation> violations)
    {
        switch (field.FieldType)
        {
            case FieldType.Message when value is IMessage nested:
                Visit(nested, path, violations);
                break;
            case FieldType.Enum when value is not null && field.EnumType.FindValueByNumber(Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)) is null:
                violations.Add(new FieldViolation(path, $"must be one of {string.Join(", ", field.EnumType.Values.Select(v => v.Name))}"));
                break;
            case FieldType.String when value is string { Length: > MaxTextLength }:
                violations.Add(new FieldViolation(path, $"must be at most {MaxTextLength} characters"));
                break;
        }
    }

    /// <summary>A request stream whose every message is checked as it is read.</summary>
    private sealed class CheckedStream<T>(IAsyncStreamReader<T> inner) : IAsyncStreamReader<T>
    {
        public T Current => inner.Current;

        public async Task<bool> MoveNext(CancellationToken cancellationToken)
        {
            var more = await inner.MoveNext(cancellationToken);
            if (more)
            {
                Check(inner.Current);
            }

            return more;
        }
    }
}
