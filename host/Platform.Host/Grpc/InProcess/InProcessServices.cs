using System.Reflection;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using Microsoft.Extensions.Options;
using Platform.Host.Modules;
using Platform.Host.Tenancy;
using Platform.Sdk.Callers;

namespace Platform.Host.Grpc.InProcess;

/// <summary>
/// The modules' gRPC services, served to other modules in the host's own process. Each call gets what a call from the
/// network gets after authentication: a scope of its own whose caller is the calling code's and whose module is the
/// called service's (so that module's switch is checked), then the host's gRPC interceptors (so errors map to the same
/// statuses and details) and the service. Messages cross as bytes, through each side's marshaller, since the calling
/// and the called module may each load their own copy of the contract.
/// </summary>
internal sealed partial class InProcessServices
{
    private readonly Dictionary<string, IInProcessMethod> methods = new(StringComparer.Ordinal);
    private readonly HashSet<string> serviceNames;
    private readonly IServiceScopeFactory scopes;
    private readonly IReadOnlyList<InterceptorRegistration> interceptors;
    private readonly ILogger<InProcessServices> logger;

    public InProcessServices(
        IEnumerable<GrpcServiceRegistration> registrations, IServiceScopeFactory scopes, IOptions<GrpcServiceOptions> options, ILogger<InProcessServices> logger)
    {
        foreach (var registration in registrations)
        {
            var binder = Activator.CreateInstance(typeof(InProcessBinder<>).MakeGenericType(registration.ServiceType), registration.ModuleId, methods);
            BindServiceOf(registration.ServiceType)?.Invoke(null, [binder, null]);
        }

        serviceNames = methods.Keys.Select(ServiceOf).ToHashSet(StringComparer.Ordinal);
        this.scopes = scopes;
        interceptors = options.Value.Interceptors;
        this.logger = logger;
    }

    public async Task<byte[]> CallAsync(IMethod method, byte[] request, Caller caller, CallOptions options, CancellationToken cancellationToken)
    {
        if (!methods.TryGetValue(method.FullName, out var target))
        {
            throw new RpcException(new Status(StatusCode.Unimplemented, serviceNames.Contains(method.ServiceName)
                ? $"The service {method.ServiceName} has no method {method.Name}: the installed module may be older than the caller's contract."
                : $"No loaded module serves {method.ServiceName}: the module is not installed, or failed to load ('platform-admin module list' says why)."));
        }

        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<CallerContext>();
        context.Caller = caller;
        context.ModuleId = target.ModuleId;
        try
        {
            return await target.InvokeAsync(request, new InProcessServerCallContext(method.FullName, options, cancellationToken), scope.ServiceProvider, interceptors);
        }
        catch (Exception exception) when (exception is not RpcException)
        {
            // What escapes the interceptors (an interceptor that cannot be made) is answered as grpc-dotnet answers it on
            // the network; a request this contract cannot read is INVALID_ARGUMENT, as MalformedRequests answers it there.
            LogFault(logger, exception, method.FullName);
            throw new RpcException(new Status(StatusCode.Unknown, "Exception was thrown by handler."));
        }
    }

    /// <summary>
    /// The generated static <c>BindService(ServiceBinderBase, TServiceBase)</c>, named by the
    /// <see cref="BindServiceMethodAttribute"/> on the generated base class, as grpc-dotnet finds it.
    /// </summary>
    private static MethodInfo? BindServiceOf(Type serviceType)
    {
        for (var type = serviceType; type is not null; type = type.BaseType)
        {
            if (type.GetCustomAttribute<BindServiceMethodAttribute>(inherit: false) is { } bind)
            {
                return bind.BindType.GetMethod(bind.BindMethodName, BindingFlags.Public | BindingFlags.Static, [typeof(ServiceBinderBase), type]);
            }
        }

        return null;
    }

    private static string ServiceOf(string fullName) => fullName.Split('/')[1];

    [LoggerMessage(Level = LogLevel.Error, Message = "In-process call to {Method} failed outside the service")]
    private static partial void LogFault(ILogger logger, Exception exception, string method);
}
