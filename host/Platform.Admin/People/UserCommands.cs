using System.CommandLine;
using Platform.Admin.Cli;
using Platform.Admin.Municipalities;
using Platform.Contracts.Core.V1;

namespace Platform.Admin.People;

/// <summary><c>user invite|list|revoke</c>: the people who sign in, their grants, and their one-time sign-in links.</summary>
internal static class UserCommands
{
    public static Command Create(AdminConnection connection) => AdminActions.Group(
        "user",
        "Invite people to sign in, list them with their grants, and revoke grants.",
        InviteCommand(connection),
        ListCommand(connection),
        RevokeCommand(connection));

    private static Command InviteCommand(AdminConnection connection)
    {
        var email = EmailOption("The person's e-mail address; a new address adds the person.");
        var grants = GrantOption.Create("A role grant to give; repeat the option for several: " + GrantOption.Forms + ".", required: true);
        var name = new Option<string>("--name") { Description = "The person's name, shown on the platform (used when the person is new).", HelpName = "name" };
        var invite = new Command("invite", "Give a person grants and print a one-time sign-in link for them (valid 72 hours unless the host says otherwise).")
        {
            email, grants, name,
        };
        return invite.Runs(connection, async (parse, session, cancellationToken) =>
        {
            var invited = await Client(session).InvitePersonAsync(new InvitePersonRequest
            {
                Email = parse.GetRequiredValue(email),
                DisplayName = parse.GetValue(name) ?? "",
                Grants = { parse.GetRequiredValue(grants).Select(grant => grant.ToString()) },
            }, session.CallOptions(cancellationToken));
            Console.WriteLine($"{invited.Person.Email} ({invited.Person.Id}): {string.Join(' ', invited.Person.Grants)}");
            Console.WriteLine($"Sign-in link, valid once until {invited.ExpiresAt.ToDateTimeOffset().ToLocalTime():yyyy-MM-dd HH:mm}:");
            Console.WriteLine(invited.SignInLink);
        });
    }

    private static Command ListCommand(AdminConnection connection)
    {
        var municipality = new Option<string>("--municipality") { Description = "Only people with a grant in this municipality. " + MunicipalityNames.Description, HelpName = "municipality" };
        var partnership = new Option<string>("--partnership") { Description = "Only people with a grant on this partnership (its id).", HelpName = "id" };
        var list = new Command("list", "List people with their grants and whether they have signed in yet.") { municipality, partnership };
        list.Validators.Add(result =>
        {
            if (result.GetResult(municipality) is not null && result.GetResult(partnership) is not null)
            {
                result.AddError("Give --municipality or --partnership, not both.");
            }
        });
        return list.Runs(connection, async (parse, session, cancellationToken) =>
        {
            var request = new ListPeopleRequest { PartnershipId = parse.GetValue(partnership) ?? "" };
            if (parse.GetValue(municipality) is { } named)
            {
                request.MunicipalityCode = await MunicipalityNames.CodeOfAsync(session, named, cancellationToken);
            }

            var response = await Client(session).ListPeopleAsync(request, session.CallOptions(cancellationToken));
            foreach (var person in response.People)
            {
                var status = person.Status == PersonStatus.Active ? "signed in" : "invited";
                Console.WriteLine($"{person.Email,-40} {status,-10} {person.DisplayName,-24} {string.Join(' ', person.Grants)}");
            }
        });
    }

    private static Command RevokeCommand(AdminConnection connection)
    {
        var email = EmailOption("The person's e-mail address.");
        var grants = GrantOption.Create("A grant to take away; repeat the option for several. Without it, the person is removed with all their grants and links.", required: false);
        var revoke = new Command("revoke", "Take grants away from a person, or remove the person; it takes effect at their next request.") { email, grants };
        return revoke.Runs(connection, async (parse, session, cancellationToken) =>
        {
            var person = parse.GetRequiredValue(email);
            var taken = parse.GetValue(grants) ?? [];
            if (taken.Length == 0)
            {
                await Client(session).RemovePersonAsync(new RemovePersonRequest { Person = person }, session.CallOptions(cancellationToken));
                Console.WriteLine($"{person} is removed, with all their grants and sign-in links");
                return;
            }

            var changed = await Client(session).ChangeGrantsAsync(
                new ChangeGrantsRequest { Person = person, Remove = { taken.Select(grant => grant.ToString()) } }, session.CallOptions(cancellationToken));
            Console.WriteLine($"{changed.Email}: {(changed.Grants.Count == 0 ? "no grants left" : string.Join(' ', changed.Grants))}");
        });
    }

    private static Option<string> EmailOption(string description) => new("--email")
    {
        Description = description,
        HelpName = "address",
        Required = true,
    };

    private static PeopleService.PeopleServiceClient Client(AdminSession session) => new(session.Channel);
}
