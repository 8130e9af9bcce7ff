using McMaster.Extensions.CommandLineUtils;
using Platform.Contracts.Core.V1;

namespace Platform.Admin.Commands;

public static class PartnershipCommands
{
    public static void Add(CommandLineApplication app, AdminConnection connection) => app.Command("partnership", partnership =>
    {
        partnership.Description = "Create partnerships and onboard or offboard municipalities.";
        partnership.Command("create", create =>
        {
            var name = create.Option("--name <NAME>", "The partnership's name.", CommandOptionType.SingleValue).IsRequired();
            var centre = create.Option("--centre <NAME>", "The centre that runs it.", CommandOptionType.SingleValue).IsRequired();
            var id = create.Option("--id <ID>", "Stable id (default: made from the name).", CommandOptionType.SingleValue);
            var description = create.Option("--description <TEXT>", "What it is about.", CommandOptionType.SingleValue);
            create.OnExecute(() => Run(connection, async client => Print(await client.CreatePartnershipAsync(new CreatePartnershipRequest
            {
                Name = name.Value(), CentreName = centre.Value(), Id = id.Value() ?? "", Description = description.Value() ?? "",
            }, connection.CallOptions()))));
        });
        partnership.Command("list", list => list.OnExecute(() => Run(connection, async client =>
        {
            foreach (var item in (await client.ListPartnershipsAsync(new ListPartnershipsRequest(), connection.CallOptions())).Partnerships)
            {
                Console.WriteLine($"{item.Id,-36} {item.Name} ({item.Members.Count(m => m.LeftAt is null)} members)");
            }
        })));
        partnership.Command("show", show =>
        {
            var id = show.Argument("id", "The partnership id.").IsRequired();
            show.OnExecute(() => Run(connection, async client =>
                Print(await client.GetPartnershipAsync(new GetPartnershipRequest { Id = id.Value }, connection.CallOptions()))));
        });
        partnership.Command("onboard", onboard =>
        {
            var id = onboard.Argument("partnership", "The partnership id.").IsRequired();
            var code = onboard.Argument("municipality", "The 4-digit municipality code, e.g. 0183.").IsRequired();
            onboard.OnExecute(() => Run(connection, async client => Print(await client.OnboardMunicipalityAsync(
                new OnboardMunicipalityRequest { PartnershipId = id.Value, MunicipalityCode = code.Value }, connection.CallOptions()))));
        });
        partnership.Command("offboard", offboard =>
        {
            var id = offboard.Argument("partnership", "The partnership id.").IsRequired();
            var code = offboard.Argument("municipality", "The 4-digit municipality code.").IsRequired();
            offboard.OnExecute(() => Run(connection, async client => Print(await client.OffboardMunicipalityAsync(
                new OffboardMunicipalityRequest { PartnershipId = id.Value, MunicipalityCode = code.Value }, connection.CallOptions()))));
        });
        partnership.OnExecute(() => partnership.ShowHelp());
    });

    private static Task<int> Run(AdminConnection connection, Func<PartnershipService.PartnershipServiceClient, Task> action) =>
        GrpcCall.RunAsync(connection, channel => action(new PartnershipService.PartnershipServiceClient(channel)));

    private static void Print(Partnership partnership)
    {
        Console.WriteLine($"{partnership.Id}: {partnership.Name}");
        Console.WriteLine($"  centre: {partnership.CentreName}");
        foreach (var member in partnership.Members)
        {
            var left = member.LeftAt is null ? "member" : $"left {member.LeftAt.ToDateTimeOffset():yyyy-MM-dd}";
            Console.WriteLine($"  {member.MunicipalityCode} {member.MunicipalityName,-20} joined {member.JoinedAt.ToDateTimeOffset():yyyy-MM-dd}, {left}");
        }
    }
}
