using System.Reflection;
using Grpc.Core;

namespace Platform.Host.Grpc.InProcess;

/// <summary>
/// Collects the unary methods of one module service as grpc-dotnet's binder does: the generated
/// <c>BindService(ServiceBinderBase, TServiceBase)</c> hands it each method with its marshallers, and the service's
/// public method of that name serves it.
/// </summary>
internal sealed class InProcessBinder<TService>(string moduleId, IDictionary<string, IInProcessMethod> methods) : ServiceBinderBase
    where TService : class
{
    public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, UnaryServerMethod<TRequest, TResponse>? handler)
    {
        var serve = typeof(TService).GetMethod(method.Name, BindingFlags.Public | BindingFlags.Instance, [typeof(TRequest), typeof(ServerCallContext)])!
            .CreateDelegate<Func<TService, TRequest, ServerCallContext, Task<TResponse>>>();
        methods.Add(method.FullName, new InProcessMethod<TService, TRequest, TResponse>(moduleId, method, serve));
    }

    // Streaming methods are served over the network only: no module calls another's by stream. The client side
    // refuses them with UNIMPLEMENTED before looking for a method.
    public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ClientStreamingServerMethod<TRequest, TResponse>? handler)
    {
    }

    public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ServerStreamingServerMethod<TRequest, TResponse>? handler)
    {
    }

    public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, DuplexStreamingServerMethod<TRequest, TResponse>? handler)
    {
    }
}
