using System.CommandLine;
using System.CommandLine.Invocation;
using Platform.Admin.Audit;
using Platform.Admin.Jobs;
using Platform.Admin.LocalAreas;
using Platform.Admin.Modules;
using Platform.Admin.Municipalities;
using Platform.Admin.Partnerships;
using Platform.Admin.People;
using Platform.Admin.ServiceAccounts;
using Platform.Admin.Tokens;

namespace Platform.Admin.Cli;

/// <summary>
/// The command tree of <c>platform-admin</c>, built on System.CommandLine. A command line that does not parse is
/// answered with each error once and where to find the command's help, with exit code 2.
/// </summary>
internal static class AdminCommandLine
{
    public static async Task<int> RunAsync(string[] args)
    {
        var parse = Build().Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            foreach (var error in parse.Errors)
            {
                await Console.Error.WriteLineAsync(error.Message);
            }

            var takes = parse.CommandResult.Command.Subcommands.Count > 0 ? "commands and options" : "arguments and options";
            await Console.Error.WriteLineAsync($"Run '{CommandPath(parse)} --help' to see its {takes}.");
            return ExitCodes.Usage;
        }

        return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
    }

    private static RootCommand Build()
    {
        var connection = new AdminConnection();
        var root = new RootCommand(
            "Administer a Partnership Platform host over gRPC: tokens, signing keys, service accounts, people, partnerships, municipalities, local areas, modules and jobs.");
        foreach (var option in connection.Options)
        {
            root.Options.Add(option);
        }

        root.Subcommands.Add(TokenCommands.Create(connection));
        root.Subcommands.Add(KeyCommands.Create(connection));
        root.Subcommands.Add(ServiceAccountCommands.Create(connection));
        root.Subcommands.Add(UserCommands.Create(connection));
        root.Subcommands.Add(PartnershipCommands.Create(connection));
        root.Subcommands.Add(MunicipalityCommands.Create(connection));
        root.Subcommands.Add(LocalAreaCommands.Create(connection));
        root.Subcommands.Add(ModuleCommands.Create(connection));
        root.Subcommands.Add(JobCommands.Create(connection));
        root.Subcommands.Add(AuditCommands.Create(connection));
        root.SetAction(AdminActions.ShowHelp);
        return root;
    }

    private static string CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (var command = parse.CommandResult; command is not null; command = command.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, command.Command is RootCommand ? "platform-admin" : command.Command.Name);
        }

        return string.Join(' ', names);
    }
}
