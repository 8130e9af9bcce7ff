using McMaster.Extensions.CommandLineUtils;
using Platform.Admin;
using Platform.Admin.Commands;

var app = new CommandLineApplication { Name = "platform-admin", Description = "Administer a Partnership Platform host." };
app.HelpOption(inherited: true);
var connection = new AdminConnection(app);
TokenCommands.Add(app, connection);
PartnershipCommands.Add(app, connection);
MunicipalityCommands.Add(app, connection);
ModuleCommands.Add(app, connection);
JobCommands.Add(app, connection);
app.OnExecute(() => app.ShowHelp());
try
{
    return app.Execute(args);
}
catch (CommandParsingException exception)
{
    Console.Error.WriteLine($"{exception.Message}. Use --help to see the commands and options.");
    return 2;
}
catch (FileNotFoundException exception)
{
    Console.Error.WriteLine(exception.Message);
    return 1;
}
