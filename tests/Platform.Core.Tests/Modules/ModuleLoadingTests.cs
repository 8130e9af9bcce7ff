using Grpc.Core;
using Platform.Contracts.Core.V1;
using Platform.Core.Tests.Infrastructure;
using Platform.Testing;
using Platform.Identity;
using Platform.SampleModule.V1;

namespace Platform.Core.Tests.Modules;

[Collection(PlatformCollection.Name)]
public sealed class ModuleLoadingTests(SharedPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task The_module_list_shows_the_loaded_module_and_each_broken_one_as_failed_with_its_reason()
    {
        var response = await new ModuleService.ModuleServiceClient(platform.Channel).ListModulesAsync(new ListModulesRequest(), platform.AsAdmin());
        var modules = response.Modules.ToDictionary(m => Path.GetFileName(m.Directory));

        Assert.Equal(ModuleLoadStatus.Loaded, modules["Platform.SampleModule"].Status);
        Assert.Equal("sample", modules["Platform.SampleModule"].Id);
        Assert.Equal("1.0.0", modules["Platform.SampleModule"].Version);
        Assert.Equal(1, response.HostContractVersion);
        AssertFailed(modules["Corrupt"], "Could not load");
        AssertFailed(modules["Empty"], "No module assembly");
        AssertFailed(modules["Platform.SampleModuleDuplicate"], "already has the id 'sample'");
        AssertFailed(modules["Platform.OutdatedModule"], "contract version 2");
        AssertFailed(modules["Platform.DependentModule"], "not-installed");
    }

    [Fact]
    public async Task A_municipality_coordinator_sees_the_same_modules_as_an_administrator_without_the_server_s_paths()
    {
        var modules = new ModuleService.ModuleServiceClient(platform.Channel);
        var coordinator = platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, platform.MunicipalityCodes.Take()));

        var asAdmin = await modules.ListModulesAsync(new ListModulesRequest(), platform.AsAdmin());
        var asCoordinator = await modules.ListModulesAsync(new ListModulesRequest(), coordinator);

        var modulesDirectory = Path.GetDirectoryName(asAdmin.Modules.Single(m => m.Id == "Empty").Directory)!;
        Assert.Contains(modulesDirectory, asAdmin.Modules.Single(m => m.Id == "Empty").Error, StringComparison.Ordinal);
        Assert.Equal(
            asAdmin.Modules.Select(m => (m.Id, m.Version, m.Status)),
            asCoordinator.Modules.Select(m => (m.Id, m.Version, m.Status)));
        Assert.All(asCoordinator.Modules, module =>
        {
            Assert.Empty(module.Directory);
            Assert.DoesNotContain(modulesDirectory, module.Error, StringComparison.Ordinal);
        });
        Assert.Equal("The module folder holds no module assembly.", asCoordinator.Modules.Single(m => m.Id == "Empty").Error);
        Assert.Contains("not-installed", asCoordinator.Modules.Single(m => m.Id == "dependent").Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plugin_s_gRPC_service_reaches_its_grain_through_the_host()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var notes = new NoteService.NoteServiceClient(platform.Channel);
        var viewer = platform.As(RoleGrant.ForMunicipality(PlatformRole.Viewer, code));

        var first = await notes.VisitAsync(new VisitRequest { MunicipalityCode = code }, viewer);
        var second = await notes.VisitAsync(new VisitRequest { MunicipalityCode = code }, viewer);

        Assert.Equal(first.Visits + 1, second.Visits);
    }

    [Fact]
    public async Task A_module_switched_off_for_a_municipality_refuses_its_calls_there_until_switched_on()
    {
        var switchedOff = platform.MunicipalityCodes.Take();
        var stillOn = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, switchedOff, stillOn);
        var notes = new NoteService.NoteServiceClient(platform.Channel);
        var municipalities = new MunicipalityService.MunicipalityServiceClient(platform.Channel);
        var coordinator = platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, switchedOff));

        var off = await municipalities.SetModuleEnabledAsync(new SetModuleEnabledRequest { Code = switchedOff, ModuleId = "sample", Enabled = false }, coordinator);
        Assert.False(off.Modules.Single(m => m.ModuleId == "sample").Enabled);
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () =>
            notes.ListNotesAsync(new ListNotesRequest { MunicipalityCode = switchedOff }, coordinator).ResponseAsync);
        await notes.ListNotesAsync(new ListNotesRequest { MunicipalityCode = stillOn }, platform.AsAdmin());

        await municipalities.SetModuleEnabledAsync(new SetModuleEnabledRequest { Code = switchedOff, ModuleId = "sample", Enabled = true }, coordinator);
        var listed = await notes.ListNotesAsync(new ListNotesRequest { MunicipalityCode = switchedOff }, coordinator);
        Assert.Empty(listed.Notes);
    }

    [Fact]
    public async Task Switching_an_unknown_module_is_invalid_argument_naming_the_module_id()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);

        await RpcAssert.InvalidField("module_id", () => new MunicipalityService.MunicipalityServiceClient(platform.Channel)
            .SetModuleEnabledAsync(new SetModuleEnabledRequest { Code = code, ModuleId = "outdated", Enabled = true }, platform.AsAdmin()).ResponseAsync);
    }

    private static void AssertFailed(ModuleInfo module, string reason)
    {
        Assert.Equal(ModuleLoadStatus.Failed, module.Status);
        Assert.Contains(reason, module.Error);
    }
}
