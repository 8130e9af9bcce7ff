using Grpc.Core;
using Platform.Host.Tenancy;
using Platform.Sdk.Callers;
using Platform.Sdk.Modules;

namespace Platform.Host.Grpc.InProcess;

/// <summary>Hands a module typed clients of other modules' services that call them in-process (<see cref="InProcessServices"/>).</summary>
internal sealed class ModuleClients(CallerContext current, InProcessServices services, TimeProvider clock) : IModuleClients
{
    public TClient Create<TClient>()
        where TClient : ClientBase<TClient> =>
        New<TClient>(() => current.Caller);

    public TClient Create<TClient>(Caller caller)
        where TClient : ClientBase<TClient>
    {
        // Naming a caller must never be a way to more access than the scope has: only the platform and administrators,
        // who may do everything, may name one.
        if (!current.Caller.IsAdmin)
        {
            throw new InvalidOperationException(
                "Only work done as the platform (a job, an elevation) or by an administrator may call another module as a caller it names.");
        }

        return New<TClient>(() => caller);
    }

    private TClient New<TClient>(Func<Caller> caller) =>
        (TClient)Activator.CreateInstance(typeof(TClient), new InProcessCallInvoker(services, caller, clock))!;
}
