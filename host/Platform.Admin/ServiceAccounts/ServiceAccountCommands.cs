using System.CommandLine;
using Platform.Admin.Cli;
using Platform.Contracts.Core.V1;

namespace Platform.Admin.ServiceAccounts;

/// <summary><c>service-accounts add|list|revoke</c>: the partner systems that may hold longer-lived tokens.</summary>
internal static class ServiceAccountCommands
{
    public static Command Create(AdminConnection connection) => AdminActions.Group(
        "service-accounts",
        "Add, list and revoke the service accounts of partner systems (tokens: 'token issue --service-account').",
        AddCommand(connection),
        ListCommand(connection),
        RevokeCommand(connection));

    /// <summary>The account named by id or name, refused unless it exists and is not revoked.</summary>
    public static async Task<ServiceAccount> ActiveAsync(AdminSession session, string idOrName, CancellationToken cancellationToken)
    {
        var accounts = await Client(session).ListServiceAccountsAsync(new ListServiceAccountsRequest(), session.CallOptions(cancellationToken));
        var account = accounts.ServiceAccounts.SingleOrDefault(a => a.Id == idOrName || a.Name == idOrName)
            ?? throw new CommandFailedException($"No service account has the id or name '{idOrName}'. 'service-accounts list' shows them; 'service-accounts add' adds one.");
        return account.RevokedAt is null
            ? account
            : throw new CommandFailedException($"The service account '{account.Name}' is revoked; its tokens are refused. Add a new account instead.");
    }

    private static Command AddCommand(AdminConnection connection)
    {
        var name = new Argument<string>("name") { Description = "The account's name: lower-case letters, digits and hyphens, e.g. centre-app." };
        var description = new Option<string>("--description") { Description = "Which partner system it is and whom to ask about it.", HelpName = "text" };
        var add = new Command("add", "Add a service account for a partner system.") { name, description };
        return add.Runs(connection, async (parse, session, cancellationToken) =>
        {
            var added = await Client(session).AddServiceAccountAsync(
                new AddServiceAccountRequest { Name = parse.GetRequiredValue(name), Description = parse.GetValue(description) ?? "" },
                session.CallOptions(cancellationToken));
            Console.WriteLine($"{added.Id} {added.Name}");
        });
    }

    private static Command ListCommand(AdminConnection connection) =>
        new Command("list", "List the service accounts, revoked ones included.").Runs(connection, async (_, session, cancellationToken) =>
        {
            var response = await Client(session).ListServiceAccountsAsync(new ListServiceAccountsRequest(), session.CallOptions(cancellationToken));
            foreach (var account in response.ServiceAccounts)
            {
                var state = account.RevokedAt is { } revoked ? $"revoked {revoked.ToDateTime():yyyy-MM-dd HH:mm} UTC" : "active";
                Console.WriteLine($"{account.Id} {account.Name,-24} {state,-28} {account.Description}");
            }
        });

    private static Command RevokeCommand(AdminConnection connection)
    {
        var account = new Argument<string>("account") { Description = "The account's id or name." };
        var revoke = new Command("revoke", "Revoke a service account: the host refuses its tokens from the next call on.") { account };
        return revoke.Runs(connection, async (parse, session, cancellationToken) =>
        {
            var revoked = await Client(session).RevokeServiceAccountAsync(
                new RevokeServiceAccountRequest { ServiceAccount = parse.GetRequiredValue(account) }, session.CallOptions(cancellationToken));
            Console.WriteLine($"{revoked.Name} is revoked");
        });
    }

    private static ServiceAccountService.ServiceAccountServiceClient Client(AdminSession session) => new(session.Channel);
}
