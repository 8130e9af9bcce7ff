using Grpc.Core;
using Platform.Contracts.Core.V1;
using Platform.Core.Tests.Infrastructure;
using Platform.Identity;
using Platform.Testing;

namespace Platform.Core.Tests.People;

[Collection(PlatformCollection.Name)]
public sealed class PeopleLogTests(SharedPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;
    private readonly PeopleCalls people = new(shared.Platform);

    [Fact]
    public async Task Inviting_changing_refusing_and_removing_a_person_logs_their_id_but_never_their_e_mail_address_or_name()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var name = "Trine Lykkegaard " + Guid.NewGuid().ToString("N")[..8];
        var email = PeopleCalls.NewEmail("trine");
        var coordinator = RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code).ToString();

        var invited = await people.Client.InvitePersonAsync(
            new InvitePersonRequest { Email = email, DisplayName = name, Grants = { coordinator } }, platform.AsAdmin());
        await people.Client.ChangeGrantsAsync(
            new ChangeGrantsRequest { Person = email, Add = { RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, code).ToString() }, Remove = { coordinator } },
            platform.AsAdmin());
        await RpcAssert.FailsWith(StatusCode.NotFound, () =>
            people.Client.RemovePersonAsync(new RemovePersonRequest { Person = "not." + email }, platform.AsAdmin()).ResponseAsync);
        await people.Client.RemovePersonAsync(new RemovePersonRequest { Person = email }, platform.AsAdmin());

        var lines = platform.Logs.Lines;
        Assert.Contains(lines, line => line.Contains(invited.Person.Id, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains(email, StringComparison.OrdinalIgnoreCase) || line.Contains(name, StringComparison.Ordinal));
    }
}
