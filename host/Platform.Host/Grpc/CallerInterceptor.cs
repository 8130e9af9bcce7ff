using System.Security.Claims;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Platform.Host.Modules;
using Platform.Host.Tenancy;
using Platform.Identity;
using Platform.Sdk.Callers;

namespace Platform.Host.Grpc;

/// <summary>Sets the scope's caller from the validated token, and the called module from the endpoint.</summary>
public sealed class CallerInterceptor(CallerContext caller) : Interceptor
{
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        Resolve(context);
        return continuation(request, context);
    }

    public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Resolve(context);
        return continuation(requestStream, context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Resolve(context);
        return continuation(request, responseStream, context);
    }

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Resolve(context);
        return continuation(requestStream, responseStream, context);
    }

    private void Resolve(ServerCallContext context)
    {
        var http = context.GetHttpContext();
        caller.Caller = FromPrincipal(http.User);
        caller.ModuleId = http.GetEndpoint()?.Metadata.GetMetadata<ModuleEndpointMetadata>()?.ModuleId;
    }

    /// <summary>Grants that do not parse are ignored: a token cannot gain access by a malformed claim.</summary>
    public static Caller FromPrincipal(ClaimsPrincipal principal)
    {
        var subject = principal.FindFirstValue(PlatformClaimTypes.Subject)
            ?? principal.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? "anonymous";
        var grants = principal.FindAll(PlatformClaimTypes.Grant)
            .Select(claim => RoleGrant.TryParse(claim.Value, out var grant) ? grant : null)
            .OfType<RoleGrant>()
            .ToList();
        return new Caller(subject, principal.FindFirstValue(PlatformClaimTypes.Name), grants);
    }
}
