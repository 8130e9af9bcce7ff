using System.CommandLine;
using Grpc.Core;
using Platform.Admin.Cli;
using Platform.Admin.Municipalities;
using Platform.Contracts.Core.V1;

namespace Platform.Admin.Partnerships;

/// <summary><c>partnership create|list|show|onboard|offboard</c>.</summary>
internal static class PartnershipCommands
{
    public static Command Create(AdminConnection connection) => AdminActions.Group(
        "partnership",
        "Create partnerships and onboard or offboard municipalities.",
        CreateCommand(connection),
        ListCommand(connection),
        ShowCommand(connection),
        MembershipCommand(connection, "onboard",
            "Add a municipality to a partnership. Its first onboarding makes it a tenant of the platform.",
            (client, id, code, options) => client.OnboardMunicipalityAsync(
                new OnboardMunicipalityRequest { PartnershipId = id, MunicipalityCode = code }, options).ResponseAsync),
        MembershipCommand(connection, "offboard",
            "End a municipality's membership of a partnership. Its data and history are kept.",
            (client, id, code, options) => client.OffboardMunicipalityAsync(
                new OffboardMunicipalityRequest { PartnershipId = id, MunicipalityCode = code }, options).ResponseAsync));

    private static Command CreateCommand(AdminConnection connection)
    {
        var name = new Option<string>("--name") { Description = "The partnership's name.", HelpName = "name", Required = true };
        var centre = new Option<string>("--centre") { Description = "The centre that runs it.", HelpName = "name", Required = true };
        var id = new Option<string>("--id")
        {
            Description = "A stable id (default: made from the name, e.g. center-for-sundt-liv-og-trivsel).",
            HelpName = "id",
        };
        var description = new Option<string>("--description") { Description = "What the partnership is about.", HelpName = "text" };
        var create = new Command("create", "Create a partnership.") { name, centre, id, description };
        return create.Runs(connection, async (parse, session, cancellationToken) => Print(
            await Client(session).CreatePartnershipAsync(new CreatePartnershipRequest
            {
                Name = parse.GetRequiredValue(name),
                CentreName = parse.GetRequiredValue(centre),
                Id = parse.GetValue(id) ?? "",
                Description = parse.GetValue(description) ?? "",
            }, session.CallOptions(cancellationToken))));
    }

    private static Command ListCommand(AdminConnection connection) =>
        new Command("list", "List the partnerships and how many current members each has.").Runs(connection, async (_, session, cancellationToken) =>
        {
            var response = await Client(session).ListPartnershipsAsync(new ListPartnershipsRequest(), session.CallOptions(cancellationToken));
            foreach (var item in response.Partnerships)
            {
                Console.WriteLine($"{item.Id,-36} {item.Name} ({item.Members.Count(m => m.LeftAt is null)} members)");
            }
        });

    private static Command ShowCommand(AdminConnection connection)
    {
        var id = PartnershipArgument();
        var show = new Command("show", "Show a partnership and every period of membership.") { id };
        return show.Runs(connection, async (parse, session, cancellationToken) => Print(await Client(session).GetPartnershipAsync(
            new GetPartnershipRequest { Id = parse.GetRequiredValue(id) }, session.CallOptions(cancellationToken))));
    }

    private static Command MembershipCommand(
        AdminConnection connection,
        string name,
        string description,
        Func<PartnershipService.PartnershipServiceClient, string, string, CallOptions, Task<Partnership>> call)
    {
        var id = PartnershipArgument();
        var municipality = MunicipalityNames.Argument();
        var command = new Command(name, description) { id, municipality };
        return command.Runs(connection, async (parse, session, cancellationToken) =>
        {
            var code = await MunicipalityNames.CodeOfAsync(session, parse.GetRequiredValue(municipality), cancellationToken);
            Print(await call(Client(session), parse.GetRequiredValue(id), code, session.CallOptions(cancellationToken)));
        });
    }

    private static Argument<string> PartnershipArgument() => new("partnership") { Description = "The partnership's id, e.g. sundt-liv." };

    private static PartnershipService.PartnershipServiceClient Client(AdminSession session) => new(session.Channel);

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
