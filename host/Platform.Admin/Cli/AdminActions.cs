using System.CommandLine;
using System.CommandLine.Help;

namespace Platform.Admin.Cli;

/// <summary>How a command runs: with a session to the host, and whatever stops it printed once, as a sentence.</summary>
internal static class AdminActions
{
    public static Command Runs(
        this Command command, AdminConnection connection, Func<ParseResult, AdminSession, CancellationToken, Task> action)
    {
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var session = connection.Open(parse);
            try
            {
                await action(parse, session, cancellationToken);
                return ExitCodes.Done;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                await Console.Error.WriteLineAsync(FailureMessage.For(exception, session));
                return ExitCodes.Failed;
            }
        });
        return command;
    }

    /// <summary>A command that only groups others: on its own it shows its help.</summary>
    public static Command Group(string name, string description, params Command[] subcommands)
    {
        var group = new Command(name, description);
        foreach (var subcommand in subcommands)
        {
            group.Subcommands.Add(subcommand);
        }

        group.SetAction(ShowHelp);
        return group;
    }

    public static int ShowHelp(ParseResult parse) => new HelpAction().Invoke(parse);
}
