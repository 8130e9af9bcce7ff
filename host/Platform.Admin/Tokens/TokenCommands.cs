using System.CommandLine;
using System.CommandLine.Parsing;
using Platform.Admin.Cli;
using Platform.Admin.ServiceAccounts;

namespace Platform.Admin.Tokens;

/// <summary>
/// <c>token issue</c>: tokens for people and partner systems, signed with the host's local signing key. A token lasts
/// at most 8 hours, as the host allows by default (Platform:Authentication:MaximumTokenLifetime); a service account's
/// token at most 90 days (Platform:Authentication:ServiceAccountMaximumTokenLifetime).
/// </summary>
internal static class TokenCommands
{
    private const int MaxLifetimeHours = 8;
    private const int MaxServiceAccountLifetimeHours = 90 * 24;

    public static Command Create(AdminConnection connection)
    {
        var subject = new Option<string>("--subject")
        {
            Description = "Who the token is for: a login or a partner system's client id (default for a service account: its name).",
            HelpName = "id",
            CustomParser = ParseSubject,
        };
        var name = new Option<string>("--name") { Description = "The display name the host shows for the caller.", HelpName = "name" };
        var grants = GrantOption.Create("A role grant; repeat the option for several: " + GrantOption.Forms + ".", required: true);
        var serviceAccount = new Option<string>("--service-account")
        {
            Description = "The service account (id or name, see 'service-accounts list') of the partner system the token is for; allows up to 90 days.",
            HelpName = "account",
        };
        var hours = new Option<int>("--lifetime-hours")
        {
            Description = $"How many hours the token is valid: at most {MaxLifetimeHours}, or {MaxServiceAccountLifetimeHours} (90 days) for a service account.",
            HelpName = "hours",
            DefaultValueFactory = _ => MaxLifetimeHours,
            CustomParser = ParseHours,
        };
        var issue = new Command("issue", "Print a token signed with the local signing key, for a person or a partner system's service account.")
        {
            subject, name, grants, serviceAccount, hours,
        };
        issue.Validators.Add(result =>
        {
            var account = result.GetValue(serviceAccount);
            if (account is null && result.GetValue(subject) is null)
            {
                result.AddError("--subject must name who the token is for, e.g. --subject centre-app, or give --service-account.");
            }

            if (account is null && result.GetValue(hours) > MaxLifetimeHours)
            {
                result.AddError($"--lifetime-hours may be at most {MaxLifetimeHours} for a token that is not a service account's (the host refuses longer ones); give --service-account for a partner system.");
            }
        });
        issue.Runs(connection, async (parse, session, cancellationToken) =>
        {
            var lifetime = TimeSpan.FromHours(parse.GetValue(hours));
            var account = parse.GetValue(serviceAccount) is { } given ? await ServiceAccountCommands.ActiveAsync(session, given, cancellationToken) : null;
            Console.WriteLine(session.LocalIssuer().Issue(
                parse.GetValue(subject) ?? account!.Name, parse.GetRequiredValue(grants), lifetime, parse.GetValue(name), account?.Id));
        });
        return AdminActions.Group("token", "Issue tokens signed with the host's local signing key.", issue);
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
        if (!int.TryParse(text, out var hours) || hours < 1 || hours > MaxServiceAccountLifetimeHours)
        {
            result.AddError($"--lifetime-hours must be a whole number of hours from 1 to {MaxServiceAccountLifetimeHours}, not '{text}'.");
        }

        return hours;
    }
}
