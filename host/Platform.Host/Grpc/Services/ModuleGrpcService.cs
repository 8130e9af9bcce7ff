using Grpc.Core;
using Platform.Contracts.Core.V1;
using Platform.Host.Modules;
using Platform.Host.Tenancy;
using Platform.Sdk.Modules;

namespace Platform.Host.Grpc.Services;

/// <summary>The module list over gRPC: everyone signed in sees the modules; only administrators see the server's paths.</summary>
public sealed class ModuleGrpcService(ModuleCatalog catalog, CallerContext caller) : ModuleService.ModuleServiceBase
{
    public override Task<ListModulesResponse> ListModules(ListModulesRequest request, ServerCallContext context)
    {
        var admin = caller.Caller.IsAdmin;
        return Task.FromResult(new ListModulesResponse
        {
            HostContractVersion = PlatformContract.Version,
            Modules =
            {
                catalog.Entries.Select(entry => new ModuleInfo
                {
                    Id = entry.Id,
                    DisplayName = entry.Manifest?.DisplayName ?? "",
                    Version = entry.Manifest?.Version ?? "",
                    ContractVersion = entry.Manifest?.ContractVersion ?? 0,
                    DependsOn = { entry.Manifest?.DependsOn ?? [] },
                    Status = entry.Status == Modules.ModuleLoadStatus.Loaded
                        ? Contracts.Core.V1.ModuleLoadStatus.Loaded
                        : Contracts.Core.V1.ModuleLoadStatus.Failed,
                    Error = admin ? entry.Error : entry.Reason,
                    Directory = admin ? entry.Directory : "",
                }),
            },
        });
    }
}
