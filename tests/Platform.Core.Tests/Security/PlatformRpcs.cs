using System.Reflection;
using Google.Protobuf.Reflection;
using Grpc.Core;

namespace Platform.Core.Tests.Security;

/// <summary>
/// Every RPC of the platform's contracts (core and the four modules), read from the generated descriptors, and a way to
/// call any of them with the bytes of any message: the tests need no per-RPC code to reach all of them.
/// </summary>
internal static class PlatformRpcs
{
    private static readonly Marshaller<byte[]> Raw = Marshallers.Create(bytes => bytes, bytes => bytes);

    public static IReadOnlyList<MethodDescriptor> All { get; } = Load();

    /// <summary>Calls <paramref name="method"/> with <paramref name="body"/> (a stream of that one message for a client stream), reading a server stream to its end.</summary>
    public static async Task CallAsync(CallInvoker invoker, MethodDescriptor method, byte[] body, CallOptions options)
    {
        if (method.IsClientStreaming)
        {
            using var call = invoker.AsyncClientStreamingCall(Of(method, MethodType.ClientStreaming), null, options);
            await call.RequestStream.WriteAsync(body);
            await call.RequestStream.CompleteAsync();
            await call.ResponseAsync;
        }
        else if (method.IsServerStreaming)
        {
            using var call = invoker.AsyncServerStreamingCall(Of(method, MethodType.ServerStreaming), null, options, body);
            while (await call.ResponseStream.MoveNext(options.CancellationToken))
            {
            }
        }
        else
        {
            await invoker.AsyncUnaryCall(Of(method, MethodType.Unary), null, options, body);
        }
    }

    private static Method<byte[], byte[]> Of(MethodDescriptor method, MethodType type) => new(type, method.Service.FullName, method.Name, Raw, Raw);

    private static List<MethodDescriptor> Load() =>
        new[]
        {
            typeof(Platform.Contracts.Core.V1.PartnershipService).Assembly,
            typeof(Platform.Contracts.ActorMapping.V1.ActorService).Assembly,
            typeof(Platform.Contracts.Events.V1.EventService).Assembly,
            typeof(Platform.Contracts.Surveys.V1.SurveyService).Assembly,
            typeof(Platform.Contracts.Reporting.V1.ReportService).Assembly,
        }
            .SelectMany(assembly => assembly.GetTypes())
            .Select(type => type.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)?.GetValue(null))
            .OfType<FileDescriptor>()
            .SelectMany(file => file.Services)
            .SelectMany(service => service.Methods)
            .ToList();
}
