using Grpc.Core;
using Platform.Contracts.Core.V1;
using Platform.Host.Modules;
using Platform.Sdk.Modules;

namespace Platform.Host.Grpc.Services;

public sealed class ModuleGrpcService(ModuleCatalog catalog) : ModuleService.ModuleServiceBase
{
    public override Task<ListModulesResponse> ListModules(ListModulesRequest request, ServerCallContext context) =>
        Task.FromResult(new ListModulesResponse
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
                    Error = entry.Error,
                    Directory = entry.Directory,
                }),
            },
        });
}
