using Grpc.Core;
using Platform.BadPlugin.Data;
using Platform.Contracts.Core.V1;
using Platform.Sdk.Callers;

namespace Platform.BadPlugin.Service;

/// <summary>
/// A gRPC service that does the work itself instead of forwarding to an application class: it takes SDK services and
/// writes the call's headers. Its own type (<see cref="Ledger"/>) and the cancellation token are what a thin adapter
/// may use, so the rule must not name them.
/// </summary>
internal sealed class FatGrpcService(Ledger ledger, ICallerContext caller, TimeProvider clock) : ModuleService.ModuleServiceBase
{
    public override async Task<ListModulesResponse> ListModules(ListModulesRequest request, ServerCallContext context)
    {
        await caller.GetAccessAsync("0183", context.CancellationToken);
        await context.WriteResponseHeadersAsync(new Metadata { { "listed-at", clock.GetUtcNow().ToString("O") } });
        return new ListModulesResponse { HostContractVersion = ledger.Count };
    }
}
