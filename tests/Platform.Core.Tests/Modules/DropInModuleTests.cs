using Platform.Contracts.Core.V1;
using Platform.Core.Tests.Infrastructure;
using Platform.DropIn.V1;
using Platform.Testing;

namespace Platform.Core.Tests.Modules;

/// <summary>
/// A module the host was not built with, installed as an operator installs one: tests/Platform.DropInModule and its
/// own contracts are built here, after the host, and its folder is dropped into a fresh modules directory of a host
/// process. The host has the core contracts only, so the module's contracts can come from nowhere but its folder.
/// </summary>
[Collection(BuildCollection.Name)]
public sealed class DropInModuleTests
{
    private const string Module = "Platform.DropInModule";

    [Fact]
    public async Task A_module_built_after_the_host_and_dropped_into_its_modules_folder_loads_and_serves_its_own_contract()
    {
        await ServerProcess.RunAsync("dotnet", "build", Path.Combine(TestModules.RepositoryRoot, "tests", Module, Module + ".csproj"),
            "--configuration", TestModules.Configuration, "--disable-build-servers", "-nologo");
        var modules = TestModules.InstallAlone(Module);

        await using var host = await HostProcess.StartAsync(TestPlatform.NewDataDirectory(), FreePorts.Next(), $"--Platform:ModulesDirectory={modules}");
        var listed = await new ModuleService.ModuleServiceClient(host.Channel).ListModulesAsync(new ListModulesRequest(), host.AsAdmin());
        var module = Assert.Single(listed.Modules);
        Assert.True(module.Status == ModuleLoadStatus.Loaded, module.Error);
        var reply = await new GreetingService.GreetingServiceClient(host.Channel).GreetAsync(new GreetRequest { Name = "Ishøj" }, host.AsAdmin());

        Assert.Equal("drop-in", module.Id);
        Assert.Equal("Hej Ishøj, from a module the host was not built with", reply.Greeting);
    }
}
