using Grpc.AspNetCore.Server;
using Grpc.Core;

namespace Platform.Host.Grpc.InProcess;

/// <summary>One unary method of a module's service, served to in-process callers.</summary>
internal interface IInProcessMethod
{
    string ModuleId { get; }

    /// <summary>
    /// Reads the request with the service's own marshaller, runs it through the interceptors and the service as
    /// grpc-dotnet does (each activated by grpc-dotnet's activators, from the call's scope), and writes the response.
    /// </summary>
    Task<byte[]> InvokeAsync(byte[] request, ServerCallContext context, IServiceProvider services, IReadOnlyList<InterceptorRegistration> interceptors);
}

internal sealed class InProcessMethod<TService, TRequest, TResponse>(
    string moduleId, Method<TRequest, TResponse> method, Func<TService, TRequest, ServerCallContext, Task<TResponse>> handler)
    : IInProcessMethod
    where TService : class
    where TRequest : class
    where TResponse : class
{
    public string ModuleId => moduleId;

    public async Task<byte[]> InvokeAsync(
        byte[] request, ServerCallContext context, IServiceProvider services, IReadOnlyList<InterceptorRegistration> interceptors)
    {
        UnaryServerMethod<TRequest, TResponse> pipeline = (message, call) => ServeAsync(services, message, call);
        // Built inside out, so the first interceptor registered runs first, as grpc-dotnet orders them.
        foreach (var registration in interceptors.Reverse())
        {
            var next = pipeline;
            pipeline = (message, call) => InterceptAsync(registration, services, message, call, next);
        }

        TRequest message;
        try
        {
            message = Payload.Read(method.RequestMarshaller, request);
        }
        catch (Google.Protobuf.InvalidProtocolBufferException exception)
        {
            throw MalformedRequests.Refuse(method, exception);
        }

        var response = await pipeline(message, context);
        return Payload.Write(method.ResponseMarshaller, response);
    }

    private static async Task<TResponse> InterceptAsync(
        InterceptorRegistration registration, IServiceProvider services, TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> next)
    {
        var activator = (IGrpcInterceptorActivator)services.GetRequiredService(typeof(IGrpcInterceptorActivator<>).MakeGenericType(registration.Type));
        var interceptor = activator.Create(services, registration);
        try
        {
            return await interceptor.Instance.UnaryServerHandler(request, context, next);
        }
        finally
        {
            await activator.ReleaseAsync(interceptor);
        }
    }

    private async Task<TResponse> ServeAsync(IServiceProvider services, TRequest request, ServerCallContext context)
    {
        var activator = services.GetRequiredService<IGrpcServiceActivator<TService>>();
        var service = activator.Create(services);
        try
        {
            return await handler(service.Instance, request, context);
        }
        finally
        {
            await activator.ReleaseAsync(service);
        }
    }
}
