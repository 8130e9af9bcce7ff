using McMaster.Extensions.CommandLineUtils;
using Platform.Contracts.Core.V1;

namespace Platform.Admin.Commands;

public static class ModuleCommands
{
    public static void Add(CommandLineApplication app, AdminConnection connection) => app.Command("module", module =>
    {
        module.Description = "List the host's modules and switch them per municipality.";
        module.Command("list", list => list.OnExecute(() => GrpcCall.RunAsync(connection, async channel =>
        {
            var response = await new ModuleService.ModuleServiceClient(channel).ListModulesAsync(new ListModulesRequest(), connection.CallOptions());
            Console.WriteLine($"host contract version {response.HostContractVersion}");
            foreach (var item in response.Modules)
            {
                var status = item.Status == ModuleLoadStatus.Loaded ? "loaded" : "FAILED";
                Console.WriteLine($"{item.Id,-24} {item.Version,-10} {status,-7} {item.Error}");
            }
        })));
        AddSwitch(module, connection, "enable", enabled: true);
        AddSwitch(module, connection, "disable", enabled: false);
        module.OnExecute(() => module.ShowHelp());
    });

    private static void AddSwitch(CommandLineApplication module, AdminConnection connection, string name, bool enabled) =>
        module.Command(name, command =>
        {
            command.Description = $"Switch a module {(enabled ? "on" : "off")} for one municipality.";
            var id = command.Argument("module", "The module id.").IsRequired();
            var code = command.Option("--municipality <CODE>", "The 4-digit municipality code.", CommandOptionType.SingleValue).IsRequired();
            command.OnExecute(() => GrpcCall.RunAsync(connection, async channel =>
            {
                var municipality = await new MunicipalityService.MunicipalityServiceClient(channel).SetModuleEnabledAsync(
                    new SetModuleEnabledRequest { Code = code.Value(), ModuleId = id.Value, Enabled = enabled }, connection.CallOptions());
                Console.WriteLine($"{id.Value} is {(enabled ? "on" : "off")} for {municipality.Code} {municipality.Name}");
            }));
        });
}
