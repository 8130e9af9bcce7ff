using System.CommandLine;
using Platform.Admin.Cli;
using Platform.Admin.Municipalities;
using Platform.Contracts.Core.V1;

namespace Platform.Admin.Modules;

/// <summary><c>module list|enable|disable</c>: what the host loaded, and the switches per municipality.</summary>
internal static class ModuleCommands
{
    public static Command Create(AdminConnection connection) => AdminActions.Group(
        "module",
        "List the host's modules and switch them on or off per municipality.",
        ListCommand(connection),
        SwitchCommand(connection, "enable", enabled: true),
        SwitchCommand(connection, "disable", enabled: false));

    private static Command ListCommand(AdminConnection connection) =>
        new Command("list", "List the modules the host found: loaded, or failed with the reason.").Runs(
            connection, async (_, session, cancellationToken) =>
            {
                var response = await new ModuleService.ModuleServiceClient(session.Channel).ListModulesAsync(
                    new ListModulesRequest(), session.CallOptions(cancellationToken));
                Console.WriteLine($"host contract version {response.HostContractVersion}");
                foreach (var item in response.Modules)
                {
                    var status = item.Status == ModuleLoadStatus.Loaded ? "loaded" : "FAILED";
                    Console.WriteLine($"{item.Id,-24} {item.Version,-10} {status,-7} {item.Error}");
                }
            });

    private static Command SwitchCommand(AdminConnection connection, string verb, bool enabled)
    {
        var module = new Argument<string>("module") { Description = "The module's id, as 'module list' shows it, e.g. surveys." };
        var municipality = new Option<string>("--municipality")
        {
            Description = MunicipalityNames.Description,
            HelpName = "code-or-name",
            Required = true,
        };
        var command = new Command(verb, $"Switch a module {(enabled ? "on" : "off")} for one municipality, at once on every host.")
        {
            module, municipality,
        };
        return command.Runs(connection, async (parse, session, cancellationToken) =>
        {
            var code = await MunicipalityNames.CodeOfAsync(session, parse.GetRequiredValue(municipality), cancellationToken);
            var changed = await new MunicipalityService.MunicipalityServiceClient(session.Channel).SetModuleEnabledAsync(
                new SetModuleEnabledRequest { Code = code, ModuleId = parse.GetRequiredValue(module), Enabled = enabled },
                session.CallOptions(cancellationToken));
            Console.WriteLine($"{parse.GetRequiredValue(module)} is {(enabled ? "on" : "off")} for {changed.Code} {changed.Name}");
        });
    }
}
