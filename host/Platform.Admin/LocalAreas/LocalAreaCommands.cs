using System.CommandLine;
using Platform.Admin.Cli;
using Platform.Admin.Municipalities;
using Platform.Contracts.Core.V1;

namespace Platform.Admin.LocalAreas;

/// <summary>
/// <c>local-area add|list|rename|retire|reinstate</c>: a municipality's local areas (lokalområder), by which the modules
/// place actors, events and survey links. A retired area keeps its data and history but takes no new data; reinstating
/// it undoes that. A change names the version it read, so it never overwrites a change made meanwhile.
/// </summary>
internal static class LocalAreaCommands
{
    public static Command Create(AdminConnection connection) => AdminActions.Group(
        "local-area",
        "Add, list, rename, retire and reinstate a municipality's local areas (lokalområder).",
        AddCommand(connection),
        ListCommand(connection),
        RenameCommand(connection),
        ChangeRetiredCommand(connection, "retire", retired: true,
            "Retire a local area: it keeps its data and history, but no new data can be placed in it."),
        ChangeRetiredCommand(connection, "reinstate", retired: false,
            "Make a retired local area active again, so that new data can be placed in it."));

    private static Command AddCommand(AdminConnection connection)
    {
        var municipality = MunicipalityNames.Argument();
        var name = new Argument<string>("name") { Description = "The new area's name, unique in the municipality (case aside)." };
        var add = new Command("add", "Add a local area to a municipality.") { municipality, name };
        return add.Runs(connection, async (parse, session, cancellationToken) =>
        {
            var code = await MunicipalityNames.CodeOfAsync(session, parse.GetRequiredValue(municipality), cancellationToken);
            var changed = await Client(session).AddLocalAreaAsync(
                new AddLocalAreaRequest { Code = code, Name = parse.GetRequiredValue(name) }, session.CallOptions(cancellationToken));
            Console.WriteLine($"{changed.Code} {changed.Name} has the local area '{parse.GetRequiredValue(name).Trim()}'.");
        });
    }

    private static Command ListCommand(AdminConnection connection)
    {
        var municipality = MunicipalityNames.Argument();
        var list = new Command("list", "List a municipality's local areas, retired ones included, with their ids.") { municipality };
        return list.Runs(connection, async (parse, session, cancellationToken) =>
        {
            var item = await ReadAsync(session, parse.GetRequiredValue(municipality), cancellationToken);
            if (item.LocalAreas.Count == 0)
            {
                Console.WriteLine($"{item.Code} {item.Name} has no local areas yet. Add one with: platform-admin local-area add {item.Code} <name>");
                return;
            }

            foreach (var area in item.LocalAreas)
            {
                Console.WriteLine($"{area.Name,-32} {(area.Retired ? "retired" : "active"),-8} {area.Id}");
            }
        });
    }

    private static Command RenameCommand(AdminConnection connection)
    {
        var municipality = MunicipalityNames.Argument();
        var area = AreaArgument();
        var name = new Argument<string>("new-name") { Description = "The area's new name, unique in the municipality (case aside)." };
        var rename = new Command("rename", "Rename a local area. Its data and history stay with it.") { municipality, area, name };
        return rename.Runs(connection, async (parse, session, cancellationToken) =>
        {
            var item = await ReadAsync(session, parse.GetRequiredValue(municipality), cancellationToken);
            var found = Find(item, parse.GetRequiredValue(area));
            await UpdateAsync(session, item, found, parse.GetRequiredValue(name), found.Retired, cancellationToken);
            Console.WriteLine($"{item.Code} {item.Name}: the local area '{found.Name}' is now called '{parse.GetRequiredValue(name).Trim()}'.");
        });
    }

    private static Command ChangeRetiredCommand(AdminConnection connection, string verb, bool retired, string description)
    {
        var municipality = MunicipalityNames.Argument();
        var area = AreaArgument();
        var command = new Command(verb, description) { municipality, area };
        return command.Runs(connection, async (parse, session, cancellationToken) =>
        {
            var item = await ReadAsync(session, parse.GetRequiredValue(municipality), cancellationToken);
            var found = Find(item, parse.GetRequiredValue(area));
            if (found.Retired != retired)
            {
                await UpdateAsync(session, item, found, found.Name, retired, cancellationToken);
            }

            Console.WriteLine($"{item.Code} {item.Name}: the local area '{found.Name}' is {(retired ? "retired" : "active")}.");
        });
    }

    private static Argument<string> AreaArgument() =>
        new("area") { Description = "The local area: its name (case aside) or its id, as 'local-area list' shows them." };

    private static async Task<Municipality> ReadAsync(AdminSession session, string municipality, CancellationToken cancellationToken)
    {
        var code = await MunicipalityNames.CodeOfAsync(session, municipality, cancellationToken);
        return await Client(session).GetMunicipalityAsync(new GetMunicipalityRequest { Code = code }, session.CallOptions(cancellationToken));
    }

    private static LocalArea Find(Municipality municipality, string nameOrId)
    {
        var wanted = nameOrId.Trim();
        return municipality.LocalAreas.FirstOrDefault(area => area.Id == wanted)
            ?? municipality.LocalAreas.FirstOrDefault(area => string.Equals(area.Name, wanted, StringComparison.OrdinalIgnoreCase))
            ?? throw new CommandFailedException(municipality.LocalAreas.Count == 0
                ? $"{municipality.Code} {municipality.Name} has no local areas yet. Add one with: platform-admin local-area add {municipality.Code} <name>"
                : $"{municipality.Code} {municipality.Name} has no local area '{wanted}'. Its local areas are: " +
                  $"{string.Join(", ", municipality.LocalAreas.Select(area => area.Name))}.");
    }

    private static Task<Municipality> UpdateAsync(
        AdminSession session, Municipality municipality, LocalArea area, string name, bool retired, CancellationToken cancellationToken) =>
        Client(session).UpdateLocalAreaAsync(new UpdateLocalAreaRequest
        {
            Code = municipality.Code,
            LocalAreaId = area.Id,
            Name = name,
            Retired = retired,
            ExpectedVersion = municipality.Version,
        }, session.CallOptions(cancellationToken)).ResponseAsync;

    private static MunicipalityService.MunicipalityServiceClient Client(AdminSession session) => new(session.Channel);
}
