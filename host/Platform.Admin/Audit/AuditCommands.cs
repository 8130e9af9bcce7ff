using System.CommandLine;
using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Platform.Admin.Cli;
using Platform.Admin.Municipalities;
using Platform.Contracts.Core.V1;

namespace Platform.Admin.Audit;

/// <summary><c>audit list</c>: the audit trail, newest first, as a table.</summary>
internal static class AuditCommands
{
    public static Command Create(AdminConnection connection) =>
        AdminActions.Group("audit", "Read the audit trail: who did what, when, in which municipality or partnership.", ListCommand(connection));

    private static Command ListCommand(AdminConnection connection)
    {
        var municipality = new Option<string>("--municipality") { Description = "Only entries of this municipality. " + MunicipalityNames.Description, HelpName = "municipality" };
        var partnership = new Option<string>("--partnership") { Description = "Only entries of this partnership (its id).", HelpName = "id" };
        var action = new Option<string>("--action") { Description = "Only entries of this action code, e.g. people.grants-changed.", HelpName = "code" };
        var from = TimeOption("--from", "Only entries at or after this time (UTC), e.g. 2026-12-01 or 2026-12-01T08:00.");
        var to = TimeOption("--to", "Only entries before this time (UTC).");
        var pageSize = new Option<int>("--page-size") { Description = "How many entries, 1-500.", HelpName = "count", DefaultValueFactory = _ => 100 };
        var pageToken = new Option<string>("--page-token") { Description = "The token printed under the previous page, for the next one.", HelpName = "token" };
        var list = new Command("list", "List audit entries, newest first: time, actor, action, municipality, partnership, target and detail.")
        {
            municipality, partnership, action, from, to, pageSize, pageToken,
        };
        return list.Runs(connection, async (parse, session, cancellationToken) =>
        {
            var request = new ListAuditEntriesRequest
            {
                PartnershipId = parse.GetValue(partnership) ?? "",
                Action = parse.GetValue(action) ?? "",
                From = parse.GetValue(from),
                To = parse.GetValue(to),
                PageSize = parse.GetValue(pageSize),
                PageToken = parse.GetValue(pageToken) ?? "",
            };
            if (parse.GetValue(municipality) is { } named)
            {
                request.MunicipalityCode = await MunicipalityNames.CodeOfAsync(session, named, cancellationToken);
            }

            var response = await new AuditService.AuditServiceClient(session.Channel).ListAuditEntriesAsync(request, session.CallOptions(cancellationToken));
            Console.WriteLine($"{"TIME (UTC)",-19} {"ACTOR",-14} {"SUBJECT",-44} {"ACTION",-36} {"MUNI",-4} {"PARTNERSHIP",-20} {"TARGET",-36} DETAIL");
            foreach (var entry in response.Entries)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{entry.At.ToDateTime():yyyy-MM-dd HH:mm:ss} {KindOf(entry.ActorKind),-14} {entry.ActorSubject,-44} {entry.Action,-36} {entry.MunicipalityCode,-4} {entry.PartnershipId,-20} {entry.Target,-36} {entry.Detail}"));
            }

            if (response.NextPageToken.Length > 0)
            {
                Console.WriteLine($"More entries: add --page-token {response.NextPageToken}");
            }
        });
    }

    private static Option<Timestamp?> TimeOption(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "time",
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
            {
                return Timestamp.FromDateTime(time);
            }

            result.AddError($"{name} must be a date or a time, e.g. 2026-12-01 or 2026-12-01T08:00, not '{text}'.");
            return null;
        },
    };

    private static string KindOf(AuditActorKind kind) => kind switch
    {
        AuditActorKind.Person => "person",
        AuditActorKind.Service => "service",
        AuditActorKind.PlatformAdmin => "platform admin",
        AuditActorKind.Platform => "platform",
        AuditActorKind.Anonymous => "anonymous",
        _ => "unknown",
    };
}
