using McMaster.Extensions.CommandLineUtils;
using Platform.Identity;

namespace Platform.Admin.Commands;

public static class TokenCommands
{
    public static void Add(CommandLineApplication app, AdminConnection connection) => app.Command("token", token =>
    {
        token.Description = "Issue tokens signed with the host's local key.";
        token.Command("issue", issue =>
        {
            issue.Description = "Print a token for a person or a partner system.";
            var subject = issue.Option("--subject <ID>", "Who the token is for (login or client id).", CommandOptionType.SingleValue).IsRequired();
            var name = issue.Option("--name <NAME>", "Display name.", CommandOptionType.SingleValue);
            var grants = issue.Option("--grant <GRANT>",
                "A role grant: admin, staff@partnership:ID, coordinator@municipality:CODE, member@municipality:CODE, viewer@municipality:CODE or viewer@partnership:ID. Repeatable.",
                CommandOptionType.MultipleValue).IsRequired();
            var hours = issue.Option<int>("--lifetime-hours <HOURS>", "How long the token is valid (default 8).", CommandOptionType.SingleValue);
            issue.OnExecute(() =>
            {
                var parsed = new List<RoleGrant>();
                foreach (var text in grants.Values)
                {
                    if (!RoleGrant.TryParse(text, out var grant))
                    {
                        Console.Error.WriteLine($"'{text}' is not a grant. Use e.g. admin, staff@partnership:sundt-liv or coordinator@municipality:0183.");
                        return 2;
                    }

                    parsed.Add(grant);
                }

                var lifetime = TimeSpan.FromHours(hours.HasValue() ? hours.ParsedValue : 8);
                Console.WriteLine(connection.LocalIssuer().Issue(subject.Value()!, parsed, lifetime, name.Value()));
                return 0;
            });
        });
        token.OnExecute(() => token.ShowHelp());
    });
}
