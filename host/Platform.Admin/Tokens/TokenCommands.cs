using System.CommandLine;
using System.CommandLine.Parsing;
using Platform.Admin.Cli;

namespace Platform.Admin.Tokens;

/// <summary><c>token issue</c>: tokens for people and partner systems, signed with the host's local key.</summary>
internal static class TokenCommands
{
    private const int MaxLifetimeHours = 24 * 366;

    public static Command Create(AdminConnection connection)
    {
        var subject = new Option<string>("--subject")
        {
            Description = "Who the token is for: a login or a partner system's client id.",
            HelpName = "id",
            Required = true,
            CustomParser = ParseSubject,
        };
        var name = new Option<string>("--name") { Description = "The display name the host shows for the caller.", HelpName = "name" };
        var grants = GrantOption.Create("A role grant; repeat the option for several: " + GrantOption.Forms + ".", required: true);
        var hours = new Option<int>("--lifetime-hours")
        {
            Description = "How many hours the token is valid.",
            HelpName = "hours",
            DefaultValueFactory = _ => 8,
            CustomParser = ParseHours,
        };
        var issue = new Command("issue", "Print a token signed with the local key, for a person or a partner system.")
        {
            subject, name, grants, hours,
        };
        issue.Runs(connection, (parse, session, _) =>
        {
            var lifetime = TimeSpan.FromHours(parse.GetValue(hours));
            Console.WriteLine(session.LocalIssuer().Issue(
                parse.GetRequiredValue(subject), parse.GetRequiredValue(grants), lifetime, parse.GetValue(name)));
            return Task.CompletedTask;
        });
        return AdminActions.Group("token", "Issue tokens signed with the host's local key.", issue);
    }

    private static string? ParseSubject(ArgumentResult result)
    {
        var text = result.Tokens.Single().Value.Trim();
        if (text.Length == 0)
        {
            result.AddError("--subject must name who the token is for, e.g. --subject centre-app.");
        }

        return text;
    }

    private static int ParseHours(ArgumentResult result)
    {
        var text = result.Tokens.Single().Value;
        if (!int.TryParse(text, out var hours) || hours < 1 || hours > MaxLifetimeHours)
        {
            result.AddError($"--lifetime-hours must be a whole number of hours from 1 to {MaxLifetimeHours}, not '{text}'.");
        }

        return hours;
    }
}
