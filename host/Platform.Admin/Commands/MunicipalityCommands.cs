using McMaster.Extensions.CommandLineUtils;
using Platform.Contracts.Core.V1;

namespace Platform.Admin.Commands;

public static class MunicipalityCommands
{
    public static void Add(CommandLineApplication app, AdminConnection connection) => app.Command("municipality", municipality =>
    {
        municipality.Description = "Read onboarded municipalities and the reference list.";
        municipality.Command("list", list =>
        {
            var partnership = list.Option("--partnership <ID>", "Only members of this partnership.", CommandOptionType.SingleValue);
            list.OnExecute(() => Run(connection, async client =>
            {
                var response = await client.ListMunicipalitiesAsync(
                    new ListMunicipalitiesRequest { PartnershipId = partnership.Value() ?? "" }, connection.CallOptions());
                foreach (var item in response.Municipalities)
                {
                    Console.WriteLine($"{item.Code} {item.Name,-20} {item.RegionName}");
                }
            }));
        });
        municipality.Command("show", show =>
        {
            var code = show.Argument("code", "The 4-digit municipality code.").IsRequired();
            show.OnExecute(() => Run(connection, async client =>
            {
                var item = await client.GetMunicipalityAsync(new GetMunicipalityRequest { Code = code.Value }, connection.CallOptions());
                Console.WriteLine($"{item.Code} {item.Name} ({item.RegionName}), version {item.Version}");
                Console.WriteLine($"  local areas: {string.Join(", ", item.LocalAreas.Select(a => a.Retired ? a.Name + " (retired)" : a.Name).DefaultIfEmpty("none"))}");
                Console.WriteLine($"  modules: {string.Join(", ", item.Modules.Select(m => $"{m.ModuleId} {(m.Enabled ? "on" : "off")}").DefaultIfEmpty("none loaded"))}");
                foreach (var membership in item.Memberships)
                {
                    var left = membership.LeftAt is null ? "member" : $"left {membership.LeftAt.ToDateTimeOffset():yyyy-MM-dd}";
                    Console.WriteLine($"  {membership.PartnershipId}: joined {membership.JoinedAt.ToDateTimeOffset():yyyy-MM-dd}, {left}");
                }
            }));
        });
        municipality.Command("known", known => known.OnExecute(() => Run(connection, async client =>
        {
            foreach (var item in (await client.ListKnownMunicipalitiesAsync(new ListKnownMunicipalitiesRequest(), connection.CallOptions())).Municipalities)
            {
                Console.WriteLine($"{item.Code} {item.Name,-20} {item.RegionName,-20} {(item.Onboarded ? "onboarded" : "")}");
            }
        })));
        municipality.OnExecute(() => municipality.ShowHelp());
    });

    private static Task<int> Run(AdminConnection connection, Func<MunicipalityService.MunicipalityServiceClient, Task> action) =>
        GrpcCall.RunAsync(connection, channel => action(new MunicipalityService.MunicipalityServiceClient(channel)));
}
