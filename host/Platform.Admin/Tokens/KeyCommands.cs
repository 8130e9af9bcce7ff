using System.CommandLine;
using Platform.Admin.Cli;
using Platform.Identity;

namespace Platform.Admin.Tokens;

/// <summary>
/// <c>key list|add|retire</c>: the local signing key set in the data directory's signing-key.json. Rotation without
/// cutting anyone off: add a key (it signs from now on), let every host read the new file, wait until the tokens signed
/// with the old key have expired, then retire the old key.
/// </summary>
internal static class KeyCommands
{
    public static Command Create(AdminConnection connection) => AdminActions.Group(
        "key",
        "List, add and retire the local token signing keys (signing-key.json in --data-dir).",
        ListCommand(connection),
        AddCommand(connection),
        RetireCommand(connection));

    private static Command ListCommand(AdminConnection connection) =>
        new Command("list", "List the signing keys: id, when made, and which one signs new tokens.").Runs(connection, (_, session, _) =>
        {
            foreach (var key in LocalSigningKey.Load(PathOf(session)).Keys.OrderBy(k => k.CreatedAt))
            {
                Console.WriteLine($"{key.KeyId,-28} {key.CreatedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC {(key.Signs ? "signs" : "validates only")}");
            }

            return Task.CompletedTask;
        });

    private static Command AddCommand(AdminConnection connection) =>
        new Command("add", "Add a new key that signs new tokens from now on; tokens signed with the earlier keys stay valid until those are retired.")
            .Runs(connection, (_, session, _) =>
            {
                var added = LocalSigningKey.Add(PathOf(session), TimeProvider.System);
                Console.WriteLine($"{added.KeyId} signs new tokens. Give every host this signing-key.json; retire the old key once its tokens have expired.");
                return Task.CompletedTask;
            });

    private static Command RetireCommand(AdminConnection connection)
    {
        var keyId = new Argument<string>("key") { Description = "The id of the key to retire, as 'key list' shows it." };
        var retire = new Command("retire", "Remove a key that no longer signs: tokens signed with it are refused from then on.") { keyId };
        return retire.Runs(connection, (parse, session, _) =>
        {
            try
            {
                var left = LocalSigningKey.Retire(PathOf(session), parse.GetRequiredValue(keyId));
                Console.WriteLine($"Retired. Keys left: {string.Join(", ", left.Keys.Select(k => k.KeyId))}. Give every host this signing-key.json.");
            }
            catch (Exception exception) when (exception is KeyNotFoundException or InvalidOperationException)
            {
                throw new CommandFailedException(exception.Message);
            }

            return Task.CompletedTask;
        });
    }

    private static string PathOf(AdminSession session) => LocalSigningKey.PathIn(session.DataDirectory);
}
