using System.CommandLine;
using Platform.Admin.Cli;
using Platform.Contracts.Core.V1;

namespace Platform.Admin.Municipalities;

/// <summary><c>municipality list|show|known</c>: the onboarded municipalities and the reference list.</summary>
internal static class MunicipalityCommands
{
    public static Command Create(AdminConnection connection) => AdminActions.Group(
        "municipality",
        "Read the onboarded municipalities and the list of all Danish municipalities.",
        ListCommand(connection),
        ShowCommand(connection),
        KnownCommand(connection));

    private static Command ListCommand(AdminConnection connection)
    {
        var partnership = new Option<string>("--partnership")
        {
            Description = "Only the current and past members of this partnership (its id).",
            HelpName = "id",
        };
        var list = new Command("list", "List the onboarded municipalities.") { partnership };
        return list.Runs(connection, async (parse, session, cancellationToken) =>
        {
            var response = await Client(session).ListMunicipalitiesAsync(
                new ListMunicipalitiesRequest { PartnershipId = parse.GetValue(partnership) ?? "" }, session.CallOptions(cancellationToken));
            foreach (var item in response.Municipalities)
            {
                Console.WriteLine($"{item.Code} {item.Name,-20} {item.RegionName}");
            }
        });
    }

    private static Command ShowCommand(AdminConnection connection)
    {
        var municipality = MunicipalityNames.Argument();
        var show = new Command("show", "Show a municipality's local areas, module switches and memberships.") { municipality };
        return show.Runs(connection, async (parse, session, cancellationToken) =>
        {
            var code = await MunicipalityNames.CodeOfAsync(session, parse.GetRequiredValue(municipality), cancellationToken);
            var item = await Client(session).GetMunicipalityAsync(new GetMunicipalityRequest { Code = code }, session.CallOptions(cancellationToken));
            Console.WriteLine($"{item.Code} {item.Name} ({item.RegionName}), version {item.Version}");
            Console.WriteLine($"  local areas: {string.Join(", ", item.LocalAreas.Select(a => a.Retired ? a.Name + " (retired)" : a.Name).DefaultIfEmpty("none"))}");
            Console.WriteLine($"  modules: {string.Join(", ", item.Modules.Select(m => $"{m.ModuleId} {(m.Enabled ? "on" : "off")}").DefaultIfEmpty("none loaded"))}");
            foreach (var membership in item.Memberships)
            {
                var left = membership.LeftAt is null ? "member" : $"left {membership.LeftAt.ToDateTimeOffset():yyyy-MM-dd}";
                Console.WriteLine($"  {membership.PartnershipId}: joined {membership.JoinedAt.ToDateTimeOffset():yyyy-MM-dd}, {left}");
            }
        });
    }

    private static Command KnownCommand(AdminConnection connection) =>
        new Command("known", "List all 98 Danish municipalities with their codes, and mark the onboarded ones.").Runs(
            connection, async (_, session, cancellationToken) =>
            {
                var response = await Client(session).ListKnownMunicipalitiesAsync(
                    new ListKnownMunicipalitiesRequest(), session.CallOptions(cancellationToken));
                foreach (var item in response.Municipalities)
                {
                    Console.WriteLine($"{item.Code} {item.Name,-20} {item.RegionName,-20} {(item.Onboarded ? "onboarded" : "")}");
                }
            });

    private static MunicipalityService.MunicipalityServiceClient Client(AdminSession session) => new(session.Channel);
}
