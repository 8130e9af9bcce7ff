using Grpc.Core;
using Platform.Sdk.Callers;

namespace Platform.Sdk.Modules;

/// <summary>
/// Typed clients of other modules' gRPC services that call them inside the host, with no socket: the called module
/// sees the call as it sees one from the network (its caller, its own switch per municipality, its errors as gRPC
/// statuses), and the caller gets exactly the answer or the <see cref="RpcException"/> a network client would.
/// A client is the generated client of the other module's contract, e.g.
/// <c>ActorService.ActorServiceClient</c>; unary methods only. A service no loaded module serves answers
/// <see cref="StatusCode.Unimplemented"/>, naming the service.
/// </summary>
public interface IModuleClients
{
    /// <summary>
    /// A client that calls as this scope's caller, read at each call: the request's caller in a gRPC service or page,
    /// the platform in a job or an elevation, and in a grain the caller of the grain call it serves.
    /// </summary>
    TClient Create<TClient>()
        where TClient : ClientBase<TClient>;

    /// <summary>
    /// A client that calls as <paramref name="caller"/>, e.g. the person a job works for (its grants stored with the
    /// job). It can only narrow what the call may do, so only work done as the platform (a job, an elevation) or by an
    /// administrator may name a caller; any other scope gets an <see cref="InvalidOperationException"/>.
    /// </summary>
    TClient Create<TClient>(Caller caller)
        where TClient : ClientBase<TClient>;
}
